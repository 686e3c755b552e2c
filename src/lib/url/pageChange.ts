/**
 * What to announce after a client-side navigation: the new page's title when the page itself
 * changed, and nothing when only the query string did (a filter change), which each page's own
 * status message names instead.
 */
interface NavigationEnds {
	type: string;
	from: { url: URL } | null;
	to: { url: URL } | null;
}

export function pageChangeAnnouncement(navigation: NavigationEnds, title: string): string | null {
	// The first load is read out by the screen reader itself.
	if (navigation.type === 'enter' || !navigation.from || !navigation.to) return null;
	if (navigation.from.url.pathname === navigation.to.url.pathname) return null;
	return title;
}
