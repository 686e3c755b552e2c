/**
 * Run by tests/unit/store.test.ts and killed with SIGKILL at a random moment: it makes new
 * versions of larc_requests current as fast as it can, writing each file and committing each
 * version, and says "ready" once it has started.
 */
import { writeFileSync } from 'node:fs';
import { openStore } from '../../src/lib/server/store';
import { addCurrentVersion, currentVersions } from '../../src/lib/server/store/versions';

const [dir, bundleDir] = process.argv.slice(2);
const store = await openStore({ dir, bundleDir, uploadable: ['larc_requests'] });
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
	const tmp = store.objects.tmpPath('.parquet');
	// A different file each time (content-addressed), large enough to be caught mid-write.
	writeFileSync(
		tmp,
		Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(2_000_000, i % 251), Buffer.from('PAR1')])
	);
	const stored = await store.objects.adopt(tmp);
	await store.meta.use(async (db) => {
		const base = (await currentVersions(db)).find((v) => v.dataset === 'larc_requests')!;
		await addCurrentVersion(
			db,
			{
				...base,
				sha256: stored.sha256,
				bytes: stored.bytes,
				note: `crash test ${i}`,
				createdBy: 'crash test'
			},
			base.id,
			'upload'
		);
	});
}
