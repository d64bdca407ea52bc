import { createMediaAssetFromForm } from "@/lib/media/upload-actions";
import { guardUpload, readUploadForm, uploadActor, uploadAnswer } from "@/lib/uploads/request";

// POST /api/admin/media/files (multipart): a new media kit asset, its file or video link. The
// permission is checked before the body is read.
export async function POST(request: Request) {
  const guard = await guardUpload(request, "media:edit");
  if (!guard.ok) return guard.response;
  const form = await readUploadForm(request);
  if (!form.ok) return form.response;
  return uploadAnswer(await createMediaAssetFromForm(form.formData, { ...uploadActor(request, guard.user), userId: guard.user.id }));
}
