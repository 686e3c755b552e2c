import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { CONTRACTS, contractFor } from '$lib/contracts';
import { megabytes, tooLargeProblem } from '$lib/contracts/checkProgress';
import { fileProblem } from '$lib/contracts/problems';
import { requireAnalyst } from '$lib/server/auth/access';
import { serverStore, uploadLimitBytes } from '$lib/server/serverStore';
import { datasetVersions, StaleVersionError } from '$lib/server/store/versions';
import { readLimitedForm } from '$lib/server/upload/limitedForm';
import { checkUpload, confirmUpload, rollBackTo } from '$lib/server/upload/uploads';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireAnalyst(locals.user, url);
	const store = await serverStore();
	const datasets = [];
	for (const contract of CONTRACTS) {
		const versions = await store.meta.use((db) => datasetVersions(db, contract.dataset));
		const current = store.current().versions.find((v) => v.dataset === contract.dataset);
		datasets.push({
			dataset: contract.dataset,
			row: contract.row,
			currentId: current?.id,
			versions
		});
	}
	return {
		user: locals.user,
		datasets,
		limit: megabytes(uploadLimitBytes()),
		limitBytes: uploadLimitBytes(),
		done: url.searchParams.get('done')
	};
};

const refusal = (fileName: string, problem: ReturnType<typeof fileProblem>) =>
	fail(400, { stage: 'problems' as const, fileName, problems: [problem] });

export const actions: Actions = {
	check: async ({ request, locals, url }) => {
		const user = requireAnalyst(locals.user, url);
		const limit = uploadLimitBytes();
		const tooLarge = tooLargeProblem(limit);
		let read;
		try {
			read = await readLimitedForm(request, limit);
		} catch {
			return refusal('', fileProblem('unreadable-form', 'The upload could not be read: try again'));
		}
		if (!read.ok)
			return fail(413, { stage: 'problems' as const, fileName: '', problems: [tooLarge] });
		const contract = contractFor(String(read.form.get('dataset')));
		const file = read.form.get('file');
		if (!contract) return refusal('', fileProblem('dataset', 'Select the dataset the file holds'));
		if (!(file instanceof File) || !file.name)
			return refusal('', fileProblem('no-file', 'Select a file'));
		if (file.size > limit)
			return fail(413, { stage: 'problems' as const, fileName: '', problems: [tooLarge] });
		const outcome = await checkUpload({
			store: await serverStore(),
			contract,
			fileName: file.name,
			bytes: new Uint8Array(await file.arrayBuffer()),
			user,
			today: new Date().toISOString().slice(0, 10),
			limitBytes: limit
		});
		if (!outcome.ok)
			return fail(400, { stage: 'problems' as const, ...outcome, dataset: contract.dataset });
		return { stage: 'preview' as const, ...outcome, dataset: contract.dataset };
	},

	confirm: async ({ request, locals, url }) => {
		const user = requireAnalyst(locals.user, url);
		const form = await request.formData();
		const dataset = String(form.get('dataset'));
		if (!contractFor(dataset)) return refusal('', fileProblem('dataset', 'Select the dataset'));
		try {
			await confirmUpload({
				store: await serverStore(),
				dataset,
				sha256: String(form.get('sha256')),
				baseVersionId: Number(form.get('base')),
				note: String(form.get('note') ?? ''),
				user
			});
		} catch (error) {
			const message =
				error instanceof StaleVersionError
					? `${error.message}: check the file again against the new current version`
					: error instanceof Error
						? error.message
						: 'The file could not be made current';
			return refusal('', fileProblem('confirm', message));
		}
		redirect(303, `/data?done=upload-${dataset}`);
	},

	rollback: async ({ request, locals, url }) => {
		const user = requireAnalyst(locals.user, url);
		const form = await request.formData();
		const dataset = String(form.get('dataset'));
		if (!contractFor(dataset)) return refusal('', fileProblem('dataset', 'Select the dataset'));
		try {
			await rollBackTo({
				store: await serverStore(),
				dataset,
				versionId: Number(form.get('version')),
				baseVersionId: Number(form.get('base')),
				note: String(form.get('note') ?? ''),
				user
			});
		} catch (error) {
			return refusal(
				'',
				fileProblem('rollback', error instanceof Error ? error.message : 'Rollback failed')
			);
		}
		redirect(303, `/data?done=rollback-${dataset}`);
	}
};
