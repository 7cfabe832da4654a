import { expect } from '@open-wc/testing';
import { Validator, type Schema } from '@cfworker/json-schema';
import { parse } from 'yaml';
import { catalogue } from '../mocks/catalogue.js';
import { availabilityHandlers } from '../mocks/handlers.js';
import {
  notifyHandlers,
  type NotifyScenario,
  type ReceivedSignup,
} from '../mocks/notify-handlers.js';
import { NotifyClient } from '../src/data/notify-client.js';
import { useMockEndpoint, worker } from './helpers/mock-endpoint.js';

interface OpenApi {
  servers: { url: string }[];
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string; required?: boolean; schema: Schema }[];
        requestBody?: { content: Record<string, { schema: Schema }> };
        responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
      }
    >
  >;
  components: { schemas: Record<string, Schema> };
}

let spec: OpenApi;

/** Validates `value` against a schema of the spec, resolving its `#/components/…` refs. */
function check(schema: Schema, value: unknown): string[] {
  const validator = new Validator(
    { ...schema, components: spec.components } as Schema,
    '2020-12',
    false,
  );
  return validator
    .validate(value)
    .errors.map((error) => `${error.instanceLocation}: ${error.error}`);
}

/** The documented answer (exact status, or its `5XX`-style range) for a status, if any. */
function documentedAnswer(path: string, method: string, status: number) {
  const responses = spec.paths[path]?.[method]?.responses ?? {};
  return responses[String(status)] ?? responses[`${String(status)[0]}XX`];
}

function requestSchema(path: string, method: string): Schema {
  const schema = spec.paths[path]?.[method]?.requestBody?.content['application/json']?.schema;
  if (!schema)
    throw new Error(`openapi.yaml has no JSON request body for ${method.toUpperCase()} ${path}`);
  return schema;
}

function responseSchema(path: string, method: string, status: string): Schema {
  const schema =
    spec.paths[path]?.[method]?.responses[status]?.content?.['application/json']?.schema;
  if (!schema)
    throw new Error(
      `openapi.yaml has no JSON ${status} answer for ${method.toUpperCase()} ${path}`,
    );
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
    expect(Object.keys(spec.paths)).to.include.members([
      '/availability',
      '/availability/{sku}',
      '/notify',
    ]);
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
    const response = await fetch(
      `/api/availability?skus=${skus.map(encodeURIComponent).join(',')}`,
    );
    expect(response.status).to.equal(200);
    const body = await response.json();
    expect(body.items).to.have.length(skus.length);
    expect(check(responseSchema('/availability', 'get', '200'), body)).to.deep.equal([]);
  });

  it('the mock answers GET /availability/{sku} as the spec says', async () => {
    for (const sku of ['TEE-BLUE-L', 'TEE-GREEN-M', 'LIST-001']) {
      const body = await (await fetch(`/api/availability/${encodeURIComponent(sku)}`)).json();
      expect(check(responseSchema('/availability/{sku}', 'get', '200'), body), sku).to.deep.equal(
        [],
      );
    }
  });

  describe('the notify mock', () => {
    /** Serves the notify mock with `scenario`; returns what it received. */
    function serveNotify(scenario: NotifyScenario): ReceivedSignup[] {
      const received: ReceivedSignup[] = [];
      worker.use(
        ...notifyHandlers({
          scenario: () => scenario,
          onRequest: (signup) => received.push(signup),
        }),
      );
      return received;
    }

    it('NotifyRequest rejects what breaks the contract (the check can fail)', () => {
      const schema = requestSchema('/notify', 'post');
      const valid = {
        sku: 'A',
        email: 'ada@example.com',
        consent: true,
        locale: 'en',
        quantity: 1,
      };
      expect(check(schema, valid)).to.deep.equal([]);
      expect(check(schema, { ...valid, consent: 'yes' })).not.to.be.empty;
      expect(check(schema, { ...valid, quantity: 0 })).not.to.be.empty;
      expect(check(schema, { ...valid, quantity: 1.5 })).not.to.be.empty;
      expect(check(schema, { ...valid, sku: '' })).not.to.be.empty;
      const withoutConsent: Partial<typeof valid> = { ...valid };
      delete withoutConsent.consent;
      expect(check(schema, withoutConsent)).not.to.be.empty;
    });

    it('receives from the notify client a body and Idempotency-Key as the spec says, and answers 201', async () => {
      const received = serveNotify('normal');
      const client = new NotifyClient({ storage: () => null, onOnline: () => () => {} });
      const outcome = await client.send('/api/notify', {
        sku: 'TEE-RED-M',
        email: ' ada@example.com ',
        consent: true,
        locale: 'sv-SE',
        quantity: 2,
        marketingConsent: false,
      });
      expect(outcome).to.deep.equal({ kind: 'subscribed', status: 201, alreadySubscribed: false });
      expect(received).to.have.length(1);
      expect(check(requestSchema('/notify', 'post'), received[0]!.body)).to.deep.equal([]);
      const keyParameter = spec.paths['/notify']!.post!.parameters!.find(
        (parameter) => parameter.name === 'Idempotency-Key',
      )!;
      expect(keyParameter).to.include({ in: 'header', required: true });
      expect(check(keyParameter.schema, received[0]!.key)).to.deep.equal([]);
      expect(documentedAnswer('/notify', 'post', 201)).to.not.equal(undefined);
    });

    const example = {
      sku: 'TEE-RED-M',
      email: 'ada@example.com',
      consent: true,
      locale: 'en',
      quantity: 1,
    };
    const post = (body: object = example) =>
      fetch('/api/notify', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify(body),
      });

    it('answers 409 for an address already on the list, a documented answer', async () => {
      serveNotify('already-subscribed');
      const response = await post();
      expect(response.status).to.equal(409);
      expect(documentedAnswer('/notify', 'post', 409)).to.not.equal(undefined);
    });

    it('answers 422 with a NotifyProblem body', async () => {
      serveNotify('invalid');
      const response = await post();
      expect(response.status).to.equal(422);
      const body: unknown = await response.json();
      expect(body).to.have.property('message').that.is.a('string');
      expect(check(responseSchema('/notify', 'post', '422'), body)).to.deep.equal([]);
    });

    it('answers 503 when down, covered by the documented 5XX', async () => {
      serveNotify('down');
      const response = await post();
      expect(response.status).to.equal(503);
      expect(documentedAnswer('/notify', 'post', 503)).to.not.equal(undefined);
    });
  });
});
