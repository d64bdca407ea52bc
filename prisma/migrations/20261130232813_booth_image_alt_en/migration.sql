-- AlterTable
ALTER TABLE "booth_images" ADD COLUMN     "alt_en" TEXT;

