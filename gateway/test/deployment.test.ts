import fs from 'node:fs';
import path from 'node:path';
import { SUBGRAPHS } from '@skillfed/common';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

// No Docker engine runs here, so the compose file is checked for the structure that matters.
const ROOT = path.resolve(__dirname, '..', '..');
const compose = YAML.parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true });
const services = compose.services as Record<string, any>;

describe('docker-compose.yml', () => {
  it('runs MySQL 8.4, the five subgraphs and the gateway', () => {
    expect(Object.keys(services).sort()).toEqual(['gateway', 'mysql', ...SUBGRAPHS].sort());
    expect(services.mysql.image).toBe('mysql:8.4');
    expect(services.mysql.healthcheck.test.join(' ')).toContain('mysqladmin ping');
  });

  it.each([...SUBGRAPHS])('builds %s from the Dockerfile, on MySQL, unpublished, health-checked, after MySQL is healthy', (name) => {
    const service = services[name];
    expect(service.build.dockerfile).toBe('Dockerfile');
    expect(service.build.args.SERVICE).toBe(`subgraphs/${name}`);
    expect(fs.existsSync(path.join(ROOT, service.build.args.SERVICE, 'src', 'main.ts'))).toBe(true);
    expect(service.ports).toBeUndefined();
    // Its own least-privilege user, whose password compose refuses to run without.
    const upper = name.toUpperCase();
    expect(service.environment.DATABASE_URL).toBe(`mysql://skillfed_${name}:\${${upper}_DB_PASSWORD:?set ${upper}_DB_PASSWORD (hex, see README)}@mysql:3306`);
    expect(services.mysql.environment[`${upper}_DB_PASSWORD`]).toMatch(new RegExp(`^\\$\\{${upper}_DB_PASSWORD:\\?`));
    expect(service.environment.GATEWAY_SHARED_SECRET).toContain('GATEWAY_SHARED_SECRET');
    // Subgraphs hold the gateway's public keys and the peer key, never the gateway's private key.
    expect(service.environment.GATEWAY_VERIFY_KEYS).toContain(':?');
    expect(service.environment.PEER_SIGNING_KEYS).toContain(':?');
    expect(service.environment.GATEWAY_SIGNING_KEY).toBeUndefined();
    expect(service.restart).toBe('unless-stopped');
    expect(service.depends_on.mysql.condition).toBe('service_healthy');
    const port = service.environment[`${name.toUpperCase()}_PORT`];
    expect(service.healthcheck.test.join(' ')).toContain(`127.0.0.1:${port}/health`);
  });

  it('points the exams subgraph at institutions, its peer for sites', () => {
    expect(services.exams.environment.INSTITUTIONS_URL).toBe(`http://institutions:${services.institutions.environment.INSTITUTIONS_PORT}/graphql`);
    expect(services.exams.depends_on.institutions.condition).toBe('service_healthy');
  });

  it('points the examiners subgraph at exams, its peer for bookings, and starts it after exams', () => {
    expect(services.examiners.environment.EXAMS_URL).toBe(`http://exams:${services.exams.environment.EXAMS_PORT}/graphql`);
    expect(services.examiners.depends_on.exams.condition).toBe('service_healthy');
  });

  it('publishes only the gateway, pointed at every subgraph by service name, after they are healthy', () => {
    const gateway = services.gateway;
    expect(gateway.build.args.SERVICE).toBe('gateway');
    expect(gateway.ports).toEqual(['${GATEWAY_HOST_PORT:-4000}:4000']);
    for (const name of SUBGRAPHS) {
      expect(gateway.environment[`${name.toUpperCase()}_URL`]).toBe(`http://${name}:${services[name].environment[`${name.toUpperCase()}_PORT`]}/graphql`);
      expect(gateway.depends_on[name].condition).toBe('service_healthy');
    }
    expect(gateway.environment.GATEWAY_SHARED_SECRET).toMatch(/^\$\{GATEWAY_SHARED_SECRET:\?/);
    // Required: without it the gateway restart-loops in production instead of `up` refusing.
    expect(gateway.environment.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/);
    // The deep check: the gateway is healthy only when every subgraph answers.
    expect(gateway.healthcheck.test.join(' ')).toContain('127.0.0.1:4000/health?deep=1');
    expect(gateway.environment.GATEWAY_SIGNING_KEY).toContain(':?');
    expect(gateway.environment.PEER_SIGNING_KEYS).toBeUndefined();
    expect(gateway.restart).toBe('unless-stopped');
    expect(services.mysql.restart).toBe('unless-stopped');
  });

});
