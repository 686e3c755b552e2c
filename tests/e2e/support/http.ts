/**
 * A POST as a browser's form sends it, through node:http so that a response the server sends
 * before reading the whole body (a refusal) is still read: fetch reports only the failed write.
 */
import { request } from 'node:http';

export interface PostResult {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	text: string;
}

export async function postForm(
	url: string,
	form: FormData | URLSearchParams,
	headers: Record<string, string>
): Promise<PostResult> {
	const encoded = new Response(form);
	const body = Buffer.from(await encoded.arrayBuffer());
	return new Promise((resolve, reject) => {
		let answered = false;
		const req = request(
			url,
			{
				method: 'POST',
				headers: {
					...headers,
					'content-type': encoded.headers.get('content-type')!,
					'content-length': body.length,
					connection: 'close'
				}
			},
			(res) => {
				answered = true;
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode!,
						headers: res.headers,
						text: Buffer.concat(chunks).toString('utf8')
					})
				);
			}
		);
		req.on('error', (error) => {
			if (!answered) reject(error);
		});
		req.end(body);
	});
}
