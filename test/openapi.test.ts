import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import { parse } from 'yaml';
import { catalogue } from '../mocks/catalogue.js';
import { availabilityHandlers } from '../mocks/handlers.js';
import { useMockEndpoint, worker } from './helpers/mock-endpoint.js';

interface OpenApi {
  servers: { url: string }[];
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>>;
  components: { schemas: Record<string, Schema> };
}

let spec: OpenApi;

/** Validates `value` against a schema of the spec, resolving its `#/components/…` refs. */
function check(schema: Schema, value: unknown): string[] {
  const validator = new Validator({ ...schema, components: spec.components } as Schema, '2020-12', false);
  return validator.validate(value).errors.map((error) => `${error.instanceLocation}: ${error.error}`);
}

function responseSchema(path: string, method: string, status: string): Schema {
  const schema = spec.paths[path]?.[method]?.responses[status]?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`openapi.yaml has no JSON ${status} answer for ${method.toUpperCase()} ${path}`);
  return schema;
}

describe('openapi.yaml', () => {
  useMockEndpoint();
  before(async () => {
    spec = parse(await (await fetch('/openapi.yaml')).text()) as OpenApi;
  });
  beforeEach(() => worker.use(...availabilityHandlers()));

  it('describes the availability and notify endpoints under /api', () => {
    expect(spec.servers[0]!.url).to.equal('/api');
    expect(Object.keys(spec.paths)).to.include.members(['/availability', '/availability/{sku}', '/notify']);
  });

  it('rejects what breaks the contract (the check can fail)', () => {
    const schema = responseSchema('/availability', 'get', '200');
    expect(check(schema, { items: [{ sku: 'A', quantity: -1 }] })).not.to.be.empty;
    expect(check(schema, { items: [{ quantity: 1 }] })).not.to.be.empty;
    expect(check(schema, { items: [{ sku: 'A', restockDate: '14/12/2026' }] })).not.to.be.empty;
    expect(check(schema, { items: [{ sku: 'A', status: 'maybe' }] })).not.to.be.empty;
  });

  it('the mock answers GET /availability?skus= for the whole demo catalogue as the spec says', async () => {
    const skus = [...catalogue().keys()].sort();
    const response = await fetch(`/api/availability?skus=${skus.map(encodeURIComponent).join(',')}`);
    expect(response.status).to.equal(200);
    const body = await response.json();
    expect(body.items).to.have.length(skus.length);
    expect(check(responseSchema('/availability', 'get', '200'), body)).to.deep.equal([]);
  });

  it('the mock answers GET /availability/{sku} as the spec says', async () => {
    for (const sku of ['TEE-BLUE-L', 'TEE-GREEN-M', 'LIST-001']) {
      const body = await (await fetch(`/api/availability/${encodeURIComponent(sku)}`)).json();
      expect(check(responseSchema('/availability/{sku}', 'get', '200'), body), sku).to.deep.equal([]);
    }
  });
});
