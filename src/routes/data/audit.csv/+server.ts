import type { RequestHandler } from './$types';
import { toCsv } from '$lib/csv/toCsv';
import { requireAnalyst } from '$lib/server/auth/access';
import { serverStore } from '$lib/server/serverStore';
import { auditLog, type AuditRecord } from '$lib/server/store/versions';

/** The audit log as CSV; notes and file names go through toCsv, which neutralises formulas. */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireAnalyst(locals.user, url);
	const entries = await (await serverStore()).meta.use(auditLog);
	const csv = toCsv<AuditRecord>(entries, [
		{ header: 'at', value: (e) => e.at },
		{ header: 'actor', value: (e) => e.actor },
		{ header: 'action', value: (e) => e.action },
		{ header: 'dataset', value: (e) => e.dataset },
		{ header: 'previous_version', value: (e) => e.previousVersionId },
		{ header: 'version', value: (e) => e.versionId },
		{ header: 'file_name', value: (e) => e.fileName },
		{ header: 'rows', value: (e) => e.rows },
		{ header: 'note', value: (e) => e.note },
		{ header: 'sha256', value: (e) => e.sha256 }
	]);
	return new Response(`\uFEFF${csv}`, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="audit_log.csv"',
			'cache-control': 'no-store'
		}
	});
};
