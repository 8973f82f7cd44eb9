import { resolve } from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(8787),
  LUMBUNG_DATA: z.string().min(1).default('./server-data'),
  LUMBUNG_ENROLMENT_TTL_S: z.coerce
    .number()
    .int()
    .min(1)
    .max(30 * 86400)
    .default(86400),
  LUMBUNG_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(400),
  LUMBUNG_AUDIT_REFUSALS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  LUMBUNG_STATEMENT_INTAKES: z.coerce.number().int().min(1).max(64).default(2),
  LUMBUNG_RECEIPT_KEY: z.string().min(1).optional(),
  LUMBUNG_SESSION_SECRET: z.string().min(32).optional(),
  LUMBUNG_PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//)
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Everything the server is configured with, read once from the environment. */
export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  enrolmentTtlSeconds: number;
  /** Days an audit line is kept before the hourly sweep removes it. */
  auditRetentionDays: number;
  /** Refused requests logged per source address per minute; the rest are counted in one line. */
  auditRefusalsPerMinute: number;
  /** Statements received and checked at once; one more is answered busy. */
  statementIntakes: number;
  /** The receipt-signing private key as a JWK (JSON text), when given by environment. */
  receiptKey: string | undefined;
  sessionSecret: string | undefined;
  /** The origin devices sign their proofs for, when the server sits behind a proxy. */
  publicUrl: string | undefined;
  databaseUrl: string | undefined;
  logLevel: string;
}

/** The configuration from an environment (`process.env` by default); throws on a malformed value. */
export function readConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = envSchema.parse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== '')),
  );
  return {
    host: parsed.HOST,
    port: parsed.PORT,
    dataDir: resolve(parsed.LUMBUNG_DATA),
    enrolmentTtlSeconds: parsed.LUMBUNG_ENROLMENT_TTL_S,
    auditRetentionDays: parsed.LUMBUNG_AUDIT_RETENTION_DAYS,
    auditRefusalsPerMinute: parsed.LUMBUNG_AUDIT_REFUSALS_PER_MINUTE,
    statementIntakes: parsed.LUMBUNG_STATEMENT_INTAKES,
    receiptKey: parsed.LUMBUNG_RECEIPT_KEY,
    sessionSecret: parsed.LUMBUNG_SESSION_SECRET,
    publicUrl: parsed.LUMBUNG_PUBLIC_URL,
    databaseUrl: parsed.DATABASE_URL,
    logLevel: parsed.LOG_LEVEL,
  };
}
