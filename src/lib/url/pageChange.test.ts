import { describe, expect, it } from 'vitest';
import { pageChangeAnnouncement } from './pageChange';

const at = (href: string) => ({ url: new URL(href, 'http://dashboard.test') });
const TITLE = 'Gynaecology referral to treatment waits – Women’s health hubs';

describe('pageChangeAnnouncement', () => {
	it('announces the new title when the page changes', () => {
		expect(pageChangeAnnouncement({ type: 'link', from: at('/larc'), to: at('/rtt') }, TITLE)).toBe(
			TITLE
		);
		expect(
			pageChangeAnnouncement(
				{ type: 'popstate', from: at('/rtt?month=2025-10'), to: at('/') },
				TITLE
			)
		).toBe(TITLE);
	});

	it('stays silent when only the query string changes (a filter) or on the first load', () => {
		expect(
			pageChangeAnnouncement({ type: 'goto', from: at('/larc'), to: at('/larc?age=25-34') }, TITLE)
		).toBeNull();
		expect(
			pageChangeAnnouncement(
				{
					type: 'goto',
					from: at('/larc?age=25-34'),
					to: at('/larc?age=25-34&reason=contraceptive')
				},
				TITLE
			)
		).toBeNull();
		expect(
			pageChangeAnnouncement({ type: 'enter', from: null, to: at('/larc') }, TITLE)
		).toBeNull();
	});
});
