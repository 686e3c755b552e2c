/**
 * Reads a multipart form no larger than a limit, refusing a larger one before reading it all: at
 * once from its Content-Length, or as soon as the bytes received pass the limit.
 */

/** Room for the form's other fields and multipart boundaries on top of the file itself. */
const FORM_OVERHEAD = 64 * 1024;

export type LimitedForm = { ok: true; form: FormData } | { ok: false; tooLarge: true };

export async function readLimitedForm(request: Request, limit: number): Promise<LimitedForm> {
	const most = limit + FORM_OVERHEAD;
	if (Number(request.headers.get('content-length')) > most) return { ok: false, tooLarge: true };
	const chunks: Uint8Array[] = [];
	let received = 0;
	const reader = request.body?.getReader();
	while (reader) {
		const { done, value } = await reader.read();
		if (done) break;
		received += value.byteLength;
		if (received > most) {
			await reader.cancel();
			return { ok: false, tooLarge: true };
		}
		chunks.push(value);
	}
	const body = new Blob(chunks as BlobPart[]);
	const headers = { 'content-type': request.headers.get('content-type') ?? '' };
	return { ok: true, form: await new Response(body, { headers }).formData() };
}
