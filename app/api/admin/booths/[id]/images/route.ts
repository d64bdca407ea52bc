import { addBoothImagesFromForm } from "@/lib/exhibition/image-upload-actions";
import { getMessages } from "@/lib/i18n/translator";
import { guardUpload, readUploadForm, uploadActor, uploadAnswer, uploadLocale, uploadRefusal } from "@/lib/uploads/request";
import { z } from "@/lib/zod";

// POST /api/admin/booths/{id}/images (multipart): one or more pictures of a booth. The permission and
// the booth's id are checked before the body is read.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardUpload(request, "booths:edit");
  if (!guard.ok) return guard.response;
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return uploadRefusal(404, getMessages(uploadLocale(request)).uploadRequest.notFound);
  const form = await readUploadForm(request);
  if (!form.ok) return form.response;
  return uploadAnswer(await addBoothImagesFromForm(id.data, form.formData, { ...uploadActor(request, guard.user), userId: guard.user.id }));
}
