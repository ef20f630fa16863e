/**
 * The OpenAPI document and the app's routes agree: every API route is described, every described
 * path and method is a route, and every query parameter a route accepts is documented (and the
 * other way round: a documented parameter is not refused as unknown).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, fixture, type Fixture } from './helpers.js';
import { OPENAPI } from '../../src/server/index.js';

let f: Fixture;
before(async () => {
  f = await fixture({ empty: true });
});
after(async () => {
  await f.cleanup();
});

type Op = { parameters?: { name: string; in: string; required?: boolean }[]; responses: Record<string, unknown> };
const paths = OPENAPI.paths as Record<string, Record<string, Op>>;

/** The API routes of the app as `METHOD /api/path/{param}`. */
function appRoutes(): string[] {
  const out = new Set<string>();
  for (const r of f.app.routes) {
    if (r.method === 'ALL' || !r.path.startsWith('/api/') || r.path.includes('*')) continue;
    out.add(`${r.method} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`);
  }
  return [...out].sort();
}

test('the document is OpenAPI 3.1 and served at /api/openapi.json', async () => {
  assert.equal(OPENAPI.openapi, '3.1.0');
  const r = await call(f.app, '/api/openapi.json');
  assert.equal(r.status, 200);
  assert.deepEqual(r.body, JSON.parse(JSON.stringify(OPENAPI)));
});

test('every route is documented and every documented operation is a route', () => {
  const documented = Object.entries(paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)).sort();
  assert.deepEqual(appRoutes(), documented);
});

test('every operation documents its responses and its $refs resolve', () => {
  const schemas = (OPENAPI.components as { schemas: Record<string, unknown> }).schemas;
  const refs = JSON.stringify(OPENAPI).match(/"#\/components\/schemas\/([A-Za-z]+)"/g) ?? [];
  for (const r of refs) {
    const name = r.slice('"#/components/schemas/'.length, -1);
    assert.ok(name in schemas, `missing schema ${name}`);
  }
  for (const [p, ops] of Object.entries(paths)) for (const [m, op] of Object.entries(ops)) assert.ok(op.responses['200'], `${m} ${p}: no 200`);
});

test('documented query parameters are accepted; others are refused as unknown', async () => {
  for (const [p, ops] of Object.entries(paths)) {
    const op = ops.get;
    if (!op || p.includes('{')) continue;
    for (const param of op.parameters ?? []) {
      if (param.in !== 'query') continue;
      // An empty value is "absent" for every reader, so only the name is tested here.
      const r = await call(f.app, `${p}?${param.name}=`);
      assert.notEqual(r.body?.error?.code, 'unknown_parameter', `${p}: '${param.name}' is documented but refused`);
    }
    const bad = await call(f.app, `${p}?undocumented_param=1`);
    assert.equal(bad.status, 400, p);
    assert.equal(bad.body.error.code, 'unknown_parameter', p);
  }
});

test('every {param} in a path is declared as a required path parameter, and query parameter names are unique', () => {
  for (const [p, ops] of Object.entries(paths)) {
    const inPath = [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const [m, op] of Object.entries(ops)) {
      const declared = (op.parameters ?? []).filter((x) => x.in === 'path');
      assert.deepEqual(declared.map((x) => x.name).sort(), [...inPath].sort(), `${m} ${p}`);
      for (const d of declared) assert.equal(d.required, true, `${m} ${p} ${d.name}`);
      const names = (op.parameters ?? []).filter((x) => x.in === 'query').map((x) => x.name);
      assert.equal(new Set(names).size, names.length, `${m} ${p}: a query parameter twice`);
    }
  }
});
