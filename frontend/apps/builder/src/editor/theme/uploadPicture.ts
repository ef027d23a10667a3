/** Uploads a picture of the bot's theme through `generate-upload-url` and gives its URL. */
import { api, unwrap } from "../../api";

/** Sends `file` where the server says (a PUT of its bytes, or a form for S3), then its URL. */
export async function uploadPicture(typebotId: string, file: File): Promise<string> {
  const target = await unwrap(
    api.POST("/api/v3/generate-upload-url", {
      body: { typebotId, fileName: file.name, fileType: file.type, fileSize: file.size },
    }),
  );
  let sent: Response;
  if (target.formData) {
    const form = new FormData();
    for (const [name, value] of Object.entries(target.formData)) form.append(name, value);
    form.append("file", file);
    sent = await fetch(target.presignedUrl, { method: "POST", body: form });
  } else {
    sent = await fetch(target.presignedUrl, {
      method: "PUT",
      body: file,
      headers: file.type ? { "Content-Type": file.type } : {},
    });
  }
  if (!sent.ok) {
    const body = (await sent.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `The server answered ${sent.status}`);
  }
  return target.fileUrl;
}
