/**
 * The query string a filter form submits: its fields in order, empty ones left out so that the
 * page's defaults apply (as a GET form without JavaScript would, minus the empty fields).
 */
export function filterSearch(fields: Iterable<[string, FormDataEntryValue]>): string {
	const params = new URLSearchParams();
	for (const [name, value] of fields) {
		if (typeof value === 'string' && value !== '') params.append(name, value);
	}
	const search = params.toString();
	return search ? `?${search}` : '';
}
