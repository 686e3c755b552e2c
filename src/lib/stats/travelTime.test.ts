import { describe, expect, it } from 'vitest';
import { haversineKm, modelledCarMinutes, type TravelModelConstants } from './travelTime';

const CONSTANTS: TravelModelConstants = {
	circuity: 1.4,
	urbanKmh: 30,
	ruralKmh: 45,
	terminalMinutes: 3
};

describe('haversineKm', () => {
	it('gives one degree of the equator as 2πR ÷ 360', () => {
		// 6371.0088 × π ÷ 180 = 111.1951 km
		expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(111.1951, 3);
	});

	it('gives one degree of a meridian the same length', () => {
		expect(haversineKm({ lat: 51, lon: 0.5 }, { lat: 52, lon: 0.5 })).toBeCloseTo(111.1951, 3);
	});

	it('gives one degree of longitude at 60°N as 2R·asin(cos 60° · sin 0.5°)', () => {
		// 2 × 6371.0088 × asin(0.5 × 0.00872654) = 55.5973 km, a little under half the equator's.
		expect(haversineKm({ lat: 60, lon: 0 }, { lat: 60, lon: 1 })).toBeCloseTo(55.5973, 3);
	});

	it('is zero from a point to itself and the same both ways', () => {
		const southend = { lat: 51.5459, lon: 0.7077 };
		const basildon = { lat: 51.5761, lon: 0.4887 };
		expect(haversineKm(southend, southend)).toBe(0);
		expect(haversineKm(southend, basildon)).toBeCloseTo(haversineKm(basildon, southend), 10);
	});
});

describe('modelledCarMinutes', () => {
	it('adds the terminal time to road km ÷ the rural speed', () => {
		// 10 km × 1.4 = 14 km road; 14 ÷ 45 km/h = 18.667 min; + 3 = 21.667
		expect(modelledCarMinutes(10, 'Rural', CONSTANTS)).toBeCloseTo(21.6667, 4);
	});

	it('uses the urban speed for an urban origin', () => {
		// 14 km ÷ 30 km/h = 28 min; + 3 = 31
		expect(modelledCarMinutes(10, 'Urban', CONSTANTS)).toBeCloseTo(31, 10);
	});

	it('is the terminal time alone at the site', () => {
		expect(modelledCarMinutes(0, 'Urban', CONSTANTS)).toBe(3);
	});
});
