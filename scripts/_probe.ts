import { launchChromium } from '../tests/e2e/support/browser';
import { startDashboard } from '../tests/e2e/support/server';
import { openWatchedContext, timeNavigation, HOME_CHART_PATH } from './bench/browserPages';
const [server, browser] = await Promise.all([startDashboard(), launchChromium()]);
try {
	const warm = await openWatchedContext(browser, server.origin);
	console.info(await timeNavigation(warm.page, `${server.origin}/?locality=mid-essex`, HOME_CHART_PATH));
	const { page } = await openWatchedContext(browser, server.origin);
	page.on('pageerror', (e) => console.info('pageerror', e.message));
	page.on('console', (m) => console.info('console', m.type(), m.text().slice(0, 300)));
	page.on('requestfailed', (r) => console.info('failed', r.url(), r.failure()?.errorText));
	const t = performance.now();
	await page.goto(`${server.origin}/larc?locality=mid-essex`);
	for (let i = 0; i < 8; i++) {
		await page.waitForTimeout(2500);
		const info = await page.evaluate(() => {
			const m = document.querySelector('[data-testid="larc-ready"]');
			return { marker: m ? Object.fromEntries([...m.attributes].map((a) => [a.name, a.value])) : null, status: [...document.querySelectorAll('.status')].map((s) => s.textContent?.trim().slice(0, 200)) };
		});
		console.info(Math.round(performance.now() - t), JSON.stringify(info));
		if (info.marker) break;
	}
} finally {
	await browser.close();
	await server.stop();
}
