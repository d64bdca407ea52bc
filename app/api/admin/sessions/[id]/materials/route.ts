import { getMessages } from "@/lib/i18n/translator";
import { addMaterialFromForm } from "@/lib/materials/upload-actions";
import { guardUpload, readUploadForm, uploadActor, uploadAnswer, uploadLocale, uploadRefusal } from "@/lib/uploads/request";
import { z } from "@/lib/zod";

// POST /api/admin/sessions/{id}/materials (multipart): a PDF or a video link for a session. The
// permission and the session's id are checked before the body is read.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const guard = await guardUpload(request, "agenda:edit");
  if (!guard.ok) return guard.response;
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return uploadRefusal(404, getMessages(uploadLocale(request)).uploadRequest.notFound);
  const form = await readUploadForm(request);
  if (!form.ok) return form.response;
  return uploadAnswer(await addMaterialFromForm(id.data, form.formData, uploadActor(request, guard.user)));
}
