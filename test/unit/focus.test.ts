/**
 * The places the desk's map opens on (src/geo/focus.ts): coordinates are the real towns' (rounded),
 * distances checked against published great-circle figures.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { distanceKm, focusPlaces } from '../../src/geo/focus.js';

const kyiv = { name: 'Kyiv', lat: 50.45, lon: 30.52, claims: 17 };
const kharkiv = { name: 'Kharkiv', lat: 49.99, lon: 36.23, claims: 3 };
const kursk = { name: 'Kursk', lat: 51.73, lon: 36.19, claims: 9 };
const moscow = { name: 'Moscow', lat: 55.75, lon: 37.62, claims: 6 };
const meridianMs = { name: 'Meridian, Mississippi', lat: 32.36, lon: -88.7, claims: 11 };
const anadyr = { name: 'Anadyr', lat: 64.73, lon: 177.51, claims: 2 };
const nome = { name: 'Nome', lat: 64.5, lon: -165.41, claims: 2 };

describe('distanceKm', () => {
  it('measures great circles (Kyiv–Kharkiv about 410 km, Kyiv–Moscow about 755 km, across the antimeridian)', () => {
    assert.ok(Math.abs(distanceKm(kyiv, kharkiv) - 410) < 15, String(distanceKm(kyiv, kharkiv)));
    assert.ok(Math.abs(distanceKm(kyiv, moscow) - 755) < 15, String(distanceKm(kyiv, moscow)));
    // Anadyr to Nome: about 1,000 km over the Bering Strait, not 17,000 km round the world.
    assert.ok(distanceKm(anadyr, nome) < 1100, String(distanceKm(anadyr, nome)));
  });
});

describe('focusPlaces', () => {
  const names = (ps: { name: string }[]): string[] => ps.map((p) => p.name).sort();
  const cases: { name: string; places: (typeof kyiv)[]; want: string[] }[] = [
    { name: 'no places: nothing to fit', places: [], want: [] },
    { name: 'places close together: all of them', places: [kyiv, kharkiv, kursk, moscow], want: ['Kharkiv', 'Kursk', 'Kyiv', 'Moscow'] },
    {
      name: 'one far-off place, even with many claims, is left out of the opening view',
      places: [kyiv, kharkiv, kursk, moscow, meridianMs],
      want: ['Kharkiv', 'Kursk', 'Kyiv', 'Moscow'],
    },
    { name: 'a single place', places: [meridianMs], want: ['Meridian, Mississippi'] },
    { name: 'places either side of the antimeridian are close', places: [anadyr, nome, { ...kyiv, claims: 1 }], want: ['Anadyr', 'Nome'] },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(names(focusPlaces(c.places)), c.want));

  it('weighs places by their claims: the busier cluster wins', () => {
    const busyFarOff = { ...meridianMs, claims: 500 };
    assert.deepEqual(names(focusPlaces([kyiv, kharkiv, busyFarOff])), ['Meridian, Mississippi']);
  });
});
