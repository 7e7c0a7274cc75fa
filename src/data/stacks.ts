/**
 * The five stacks of the path, for the StackComparison widget. Keys are stable: they appear in page
 * addresses (`?compare=go,csharp`), so never rename one.
 *
 * The only figures here are the throughput ratios, each pointing at its entry in `sources.ts`. Node.js and
 * Java have no figure in that source: their `ratio` is `null` and the widget says so instead of estimating.
 * Everything else is short, neutral descriptive text, written for this project (through `translate()` so
 * it can be translated later; the ids are `widgets.stackComparison.*`).
 */
import {translate} from '@docusaurus/Translate';
import type {SourceKey} from './sources';

export const STACK_KEYS = ['node', 'python', 'java', 'csharp', 'go'] as const;
export type StackKey = (typeof STACK_KEYS)[number];

/** What the widget shows before the learner chooses (and what the server renders). */
export const DEFAULT_STACKS: readonly StackKey[] = ['node', 'go'];

/** A throughput ratio to the benchmark's baseline, or an explicit "the source gives none". */
export type Throughput =
  | {ratio: number; framework: string; source: SourceKey}
  | {ratio: null; framework: null; source: SourceKey};

export const throughput: Record<StackKey, Throughput> = {
  node: {ratio: null, framework: null, source: 'techEmpowerCommentary2025'},
  python: {ratio: 1.9, framework: 'Django', source: 'techEmpowerCommentary2025'},
  java: {ratio: null, framework: null, source: 'techEmpowerCommentary2025'},
  csharp: {ratio: 36.3, framework: 'ASP.NET', source: 'techEmpowerCommentary2025'},
  go: {ratio: 20.1, framework: 'Fiber', source: 'techEmpowerCommentary2025'},
};

export const ECOSYSTEM_ASPECTS = ['framework', 'validation', 'dataAccess', 'migrations', 'testing', 'observability'] as const;
export type EcosystemAspect = (typeof ECOSYSTEM_ASPECTS)[number];

export type StackProfile = {
  key: StackKey;
  name: string;
  domains: string[];
  strengths: string[];
  tradeoffs: string[];
  concurrency: string;
  ecosystem: Record<EcosystemAspect, string>;
  throughput: Throughput;
};

/** The profiles, translated for the current locale (call during render, not at module load). */
export function stackProfiles(): Record<StackKey, StackProfile> {
  return {
    node: {
      key: 'node',
      name: translate({id: 'widgets.stackComparison.node.name', message: 'Node.js with TypeScript'}),
      domains: [
        translate({id: 'widgets.stackComparison.node.domain1', message: 'Product APIs for web and mobile apps'}),
        translate({id: 'widgets.stackComparison.node.domain2', message: 'Backends for front ends'}),
        translate({id: 'widgets.stackComparison.node.domain3', message: 'Real-time features: chat, notifications, live updates'}),
      ],
      strengths: [
        translate({id: 'widgets.stackComparison.node.strength1', message: 'One language across services and the front end'}),
        translate({id: 'widgets.stackComparison.node.strength2', message: 'Types can be shared with the web client'}),
        translate({id: 'widgets.stackComparison.node.strength3', message: 'Very large package ecosystem'}),
      ],
      tradeoffs: [
        translate({id: 'widgets.stackComparison.node.tradeoff1', message: 'CPU-heavy work blocks the event loop'}),
        translate({id: 'widgets.stackComparison.node.tradeoff2', message: 'Package quality varies; dependencies need care'}),
        translate({id: 'widgets.stackComparison.node.tradeoff3', message: 'Many competing frameworks and conventions'}),
      ],
      concurrency: translate({
        id: 'widgets.stackComparison.node.concurrency',
        message: 'One event loop with async/await; worker threads for CPU-bound jobs',
      }),
      ecosystem: {
        framework: translate({id: 'widgets.stackComparison.node.framework', message: 'Express, Fastify or NestJS'}),
        validation: translate({id: 'widgets.stackComparison.node.validation', message: 'Zod or class-validator'}),
        dataAccess: translate({id: 'widgets.stackComparison.node.dataAccess', message: 'Prisma, TypeORM or Knex'}),
        migrations: translate({id: 'widgets.stackComparison.node.migrations', message: 'Prisma Migrate or Knex migrations'}),
        testing: translate({id: 'widgets.stackComparison.node.testing', message: 'Vitest or Jest, with Supertest for HTTP'}),
        observability: translate({id: 'widgets.stackComparison.node.observability', message: 'OpenTelemetry, Pino structured logs'}),
      },
      throughput: throughput.node,
    },
    python: {
      key: 'python',
      name: translate({id: 'widgets.stackComparison.python.name', message: 'Python'}),
      domains: [
        translate({id: 'widgets.stackComparison.python.domain1', message: 'Internal tools and automation'}),
        translate({id: 'widgets.stackComparison.python.domain2', message: 'Products close to data and machine learning'}),
        translate({id: 'widgets.stackComparison.python.domain3', message: 'Admin-heavy business applications'}),
      ],
      strengths: [
        translate({id: 'widgets.stackComparison.python.strength1', message: 'Quick to write and to experiment with'}),
        translate({id: 'widgets.stackComparison.python.strength2', message: 'Same language as most data teams'}),
        translate({id: 'widgets.stackComparison.python.strength3', message: 'Readable code, gentle learning curve'}),
      ],
      tradeoffs: [
        translate({id: 'widgets.stackComparison.python.tradeoff1', message: 'Lower raw throughput per core'}),
        translate({id: 'widgets.stackComparison.python.tradeoff2', message: 'CPU-bound threads limited by the interpreter lock (GIL)'}),
        translate({id: 'widgets.stackComparison.python.tradeoff3', message: 'Type hints are optional, so rigour varies by team'}),
      ],
      concurrency: translate({
        id: 'widgets.stackComparison.python.concurrency',
        message: 'Worker processes and threads; asyncio for I/O-bound services',
      }),
      ecosystem: {
        framework: translate({id: 'widgets.stackComparison.python.framework', message: 'Django, FastAPI or Flask'}),
        validation: translate({id: 'widgets.stackComparison.python.validation', message: 'Pydantic or Django REST Framework serializers'}),
        dataAccess: translate({id: 'widgets.stackComparison.python.dataAccess', message: 'Django ORM or SQLAlchemy'}),
        migrations: translate({id: 'widgets.stackComparison.python.migrations', message: 'Django migrations or Alembic'}),
        testing: translate({id: 'widgets.stackComparison.python.testing', message: 'pytest, with fixtures and factories'}),
        observability: translate({id: 'widgets.stackComparison.python.observability', message: 'OpenTelemetry, structured logging'}),
      },
      throughput: throughput.python,
    },
    java: {
      key: 'java',
      name: translate({id: 'widgets.stackComparison.java.name', message: 'Java with Spring Boot'}),
      domains: [
        translate({id: 'widgets.stackComparison.java.domain1', message: 'Banking, insurance and other regulated sectors'}),
        translate({id: 'widgets.stackComparison.java.domain2', message: 'Large, long-lived enterprise systems'}),
        translate({id: 'widgets.stackComparison.java.domain3', message: 'Payments and fintech platforms'}),
      ],
      strengths: [
        translate({id: 'widgets.stackComparison.java.strength1', message: 'Mature conventions shared across codebases'}),
        translate({id: 'widgets.stackComparison.java.strength2', message: 'Static typing with strong IDE and build tooling'}),
        translate({id: 'widgets.stackComparison.java.strength3', message: 'Deep libraries for integration and security'}),
      ],
      tradeoffs: [
        translate({id: 'widgets.stackComparison.java.tradeoff1', message: 'More code and configuration for small services'}),
        translate({id: 'widgets.stackComparison.java.tradeoff2', message: 'Slower start-up and more memory by default'}),
        translate({id: 'widgets.stackComparison.java.tradeoff3', message: 'Annotations can hide what the framework does'}),
      ],
      concurrency: translate({
        id: 'widgets.stackComparison.java.concurrency',
        message: 'Thread per request from a pool; virtual threads in recent versions',
      }),
      ecosystem: {
        framework: translate({id: 'widgets.stackComparison.java.framework', message: 'Spring Boot with Spring Web'}),
        validation: translate({id: 'widgets.stackComparison.java.validation', message: 'Jakarta Bean Validation'}),
        dataAccess: translate({id: 'widgets.stackComparison.java.dataAccess', message: 'Spring Data JPA with Hibernate, or jOOQ'}),
        migrations: translate({id: 'widgets.stackComparison.java.migrations', message: 'Flyway or Liquibase'}),
        testing: translate({id: 'widgets.stackComparison.java.testing', message: 'JUnit, Mockito and Testcontainers'}),
        observability: translate({id: 'widgets.stackComparison.java.observability', message: 'Micrometer, Actuator, OpenTelemetry'}),
      },
      throughput: throughput.java,
    },
    csharp: {
      key: 'csharp',
      name: translate({id: 'widgets.stackComparison.csharp.name', message: 'C# with ASP.NET Core'}),
      domains: [
        translate({id: 'widgets.stackComparison.csharp.domain1', message: 'Enterprise platforms and SaaS products'}),
        translate({id: 'widgets.stackComparison.csharp.domain2', message: 'Organisations built on Microsoft tools and Azure'}),
        translate({id: 'widgets.stackComparison.csharp.domain3', message: 'Insurance, health and internal business systems'}),
      ],
      strengths: [
        translate({id: 'widgets.stackComparison.csharp.strength1', message: 'Fast, cross-platform modern runtime'}),
        translate({id: 'widgets.stackComparison.csharp.strength2', message: 'Strong typing and first-class tooling'}),
        translate({id: 'widgets.stackComparison.csharp.strength3', message: 'One coherent, well-documented official stack'}),
      ],
      tradeoffs: [
        translate({id: 'widgets.stackComparison.csharp.tradeoff1', message: 'Teams often lean on Microsoft products and Azure'}),
        translate({id: 'widgets.stackComparison.csharp.tradeoff2', message: 'Older .NET Framework code still needs upkeep'}),
        translate({id: 'widgets.stackComparison.csharp.tradeoff3', message: 'Fewer community alternatives to the official libraries'}),
      ],
      concurrency: translate({
        id: 'widgets.stackComparison.csharp.concurrency',
        message: 'async/await tasks on a managed thread pool',
      }),
      ecosystem: {
        framework: translate({id: 'widgets.stackComparison.csharp.framework', message: 'ASP.NET Core, minimal APIs or controllers'}),
        validation: translate({id: 'widgets.stackComparison.csharp.validation', message: 'Data annotations or FluentValidation'}),
        dataAccess: translate({id: 'widgets.stackComparison.csharp.dataAccess', message: 'Entity Framework Core or Dapper'}),
        migrations: translate({id: 'widgets.stackComparison.csharp.migrations', message: 'EF Core migrations'}),
        testing: translate({id: 'widgets.stackComparison.csharp.testing', message: 'xUnit or NUnit, WebApplicationFactory'}),
        observability: translate({id: 'widgets.stackComparison.csharp.observability', message: 'ILogger, OpenTelemetry, Application Insights'}),
      },
      throughput: throughput.csharp,
    },
    go: {
      key: 'go',
      name: translate({id: 'widgets.stackComparison.go.name', message: 'Go'}),
      domains: [
        translate({id: 'widgets.stackComparison.go.domain1', message: 'Infrastructure and platform teams'}),
        translate({id: 'widgets.stackComparison.go.domain2', message: 'Developer tools and command-line programs'}),
        translate({id: 'widgets.stackComparison.go.domain3', message: 'High-throughput network services'}),
      ],
      strengths: [
        translate({id: 'widgets.stackComparison.go.strength1', message: 'Concurrency built into the language'}),
        translate({id: 'widgets.stackComparison.go.strength2', message: 'One static binary, quick start-up, modest memory'}),
        translate({id: 'widgets.stackComparison.go.strength3', message: 'Small language that reads the same across teams'}),
      ],
      tradeoffs: [
        translate({id: 'widgets.stackComparison.go.tradeoff1', message: 'Fewer batteries-included frameworks; more hand-written code'}),
        translate({id: 'widgets.stackComparison.go.tradeoff2', message: 'Explicit, repetitive error handling'}),
        translate({id: 'widgets.stackComparison.go.tradeoff3', message: 'Simple type system; rich domain models take more code'}),
      ],
      concurrency: translate({
        id: 'widgets.stackComparison.go.concurrency',
        message: 'Goroutines and channels, scheduled across all cores',
      }),
      ecosystem: {
        framework: translate({id: 'widgets.stackComparison.go.framework', message: 'Standard net/http, Gin, Echo or Fiber'}),
        validation: translate({id: 'widgets.stackComparison.go.validation', message: 'go-playground/validator or explicit checks'}),
        dataAccess: translate({id: 'widgets.stackComparison.go.dataAccess', message: 'database/sql, pgx, sqlc or GORM'}),
        migrations: translate({id: 'widgets.stackComparison.go.migrations', message: 'golang-migrate or goose'}),
        testing: translate({id: 'widgets.stackComparison.go.testing', message: 'go test with table-driven tests, testify'}),
        observability: translate({id: 'widgets.stackComparison.go.observability', message: 'slog, Prometheus client, OpenTelemetry'}),
      },
      throughput: throughput.go,
    },
  };
}

/** The largest ratio in the data: the chart's scale is fixed by it, whatever is selected. */
export function maxRatio(): number {
  return Math.max(...STACK_KEYS.map((key) => throughput[key].ratio ?? 0));
}
