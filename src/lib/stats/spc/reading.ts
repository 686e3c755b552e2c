/** The reading in words lives with the other summaries, where charts can draw it. */
export { spcReading, type SpcReading } from '$lib/summaries/spcReading';
