/**
 * A month chosen in the URL (`?month=2025-10`) among the months a page has data for. Missing
 * means the latest; a month with no data is reported and the latest shown instead.
 */
export const MONTH_PARAM = 'month';

export type MonthParam =
	{ kind: 'latest' } | { kind: 'one'; month: string } | { kind: 'unknown'; value: string };

export function parseMonthParam(params: URLSearchParams): MonthParam {
	const value = params.get(MONTH_PARAM);
	if (value === null || value === '') return { kind: 'latest' };
	return /^\d{4}-(0[1-9]|1[0-2])$/.test(value)
		? { kind: 'one', month: value }
		: { kind: 'unknown', value };
}

/** The first day (ISO) of the chosen month if it is available, else of the latest available. */
export function chooseMonth(param: MonthParam, available: readonly string[]): string | undefined {
	const wanted = param.kind === 'one' ? `${param.month}-01` : undefined;
	return wanted && available.includes(wanted) ? wanted : available[available.length - 1];
}

/** The query string for a month (YYYY-MM-DD or YYYY-MM), keeping other parameters. */
export function withMonth(params: URLSearchParams, month: string): string {
	const next = new URLSearchParams(params);
	next.set(MONTH_PARAM, month.slice(0, 7));
	return `?${next.toString()}`;
}
