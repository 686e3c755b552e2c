/**
 * A month chosen in the URL (`?month=2025-10`) among the months a page has data for. Missing
 * means the latest; a value that is not a month is reported. A month select submits the first day
 * of the month (`2025-10-01`), so that is read as the month too.
 */
export const MONTH_PARAM = 'month';

export type MonthParam =
	{ kind: 'latest' } | { kind: 'one'; month: string } | { kind: 'unknown'; value: string };

export function parseMonthParam(params: URLSearchParams): MonthParam {
	const value = params.get(MONTH_PARAM);
	if (value === null || value === '') return { kind: 'latest' };
	return /^\d{4}-(0[1-9]|1[0-2])(-01)?$/.test(value)
		? { kind: 'one', month: value.slice(0, 7) }
		: { kind: 'unknown', value };
}

/**
 * The first day (ISO) of the month asked for (YYYY-MM) if it is available, else of the latest
 * available.
 */
export function chooseMonth(
	month: string | undefined,
	available: readonly string[]
): string | undefined {
	const wanted = month ? `${month}-01` : undefined;
	return wanted && available.includes(wanted) ? wanted : available[available.length - 1];
}
