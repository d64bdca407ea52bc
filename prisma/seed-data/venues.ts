import type { VenueSeed } from "./types";

// The documents name the places but give no street addresses or coordinates:
// addresses stay at the level the documents support and notes ask organisers to complete them.
export const venues: VenueSeed[] = [
  {
    slug: "trung-tam-hoi-nghi-trien-lam-quang-ngai",
    name: "Trung tâm Hội nghị và Triển lãm tỉnh Quảng Ngãi",
    nameEn: "Quang Ngai Provincial Convention and Exhibition Centre",
    address: "Tỉnh Quảng Ngãi",
    capacity: 1000,
    notes: "Địa điểm chính của Tuần lễ (Kế hoạch 2025, mục II.3). Cần bổ sung địa chỉ chi tiết và tọa độ.",
  },
  {
    slug: "xa-mang-den",
    name: "Xã Măng Đen",
    nameEn: "Mang Den Commune",
    address: "Xã Măng Đen, tỉnh Quảng Ngãi",
    commune: "Xã Măng Đen",
    capacity: 200,
    notes: "Địa điểm dự kiến của Hội thảo chuyển đổi số du lịch (Kế hoạch 2025, mục III.1). UBND xã Măng Đen bố trí hội trường cụ thể.",
  },
  // 2023 edition (Kế hoạch 140/KH-UBND). The plan names the places only; the district level was abolished on 01/7/2025.
  {
    slug: "ubnd-huyen-mo-duc",
    name: "Ủy ban nhân dân huyện Mộ Đức",
    nameEn: "Mo Duc District People's Committee",
    address: "Huyện Mộ Đức, tỉnh Quảng Ngãi (địa giới hành chính năm 2023)",
    notes:
      "Địa điểm Hội thảo chuyên đề “Chuyển đổi số ngành nông nghiệp” sáng 28/9/2023 (Kế hoạch 2023, mục II.5, IV.1.a); khoảng 100 đại biểu (mục II.6). Kế hoạch không nêu hội trường, địa chỉ, sức chứa: cần xác nhận.",
  },
  {
    slug: "ubnd-thanh-pho-quang-ngai",
    name: "Ủy ban nhân dân thành phố Quảng Ngãi",
    nameEn: "Quang Ngai City People's Committee",
    address: "Thành phố Quảng Ngãi, tỉnh Quảng Ngãi (địa giới hành chính năm 2023)",
    notes:
      "Địa điểm Hội thảo chuyên đề “Nâng cao năng lực số của chính quyền địa phương, doanh nghiệp và người dân - Hướng đến một quốc gia số toàn diện” chiều 29/9/2023 (Kế hoạch 2023, mục II.5, IV.1.b); khoảng 100 đại biểu (mục II.6). Kế hoạch không nêu hội trường, địa chỉ, sức chứa: cần xác nhận.",
  },
  {
    slug: "nha-van-hoa-lao-dong-tinh-quang-ngai",
    name: "Nhà Văn hóa Lao động tỉnh Quảng Ngãi",
    nameEn: "Quang Ngai Provincial Workers' Cultural House",
    address: "Tỉnh Quảng Ngãi",
    notes:
      "Địa điểm công diễn, tổng kết, trao giải Cuộc thi video clip Tổ công nghệ số cộng đồng lần thứ I, 19h30 ngày 02/10/2023 (Kế hoạch 2023, mục IV.1.d). Kế hoạch ghi “Nhà Văn hóa Lao động tỉnh”; cần bổ sung địa chỉ chi tiết, tọa độ và sức chứa.",
  },
];
