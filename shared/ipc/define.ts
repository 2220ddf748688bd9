/**
 * How a channel is declared: once, in its feature's contract, with everything the rest of the
 * app derives from it.
 * - `input`: the zod schema the main process parses every call with (and the forms validate with);
 * - `output`: the type of the answer (a type only);
 * - `access`: who may call it, checked in the main process before the input is parsed
 *   (shared/ipc/permissions.ts derives the access table from it);
 * - `runsIn`: 'main', or 'job' for the long, allocation-heavy work the main process hands to the
 *   job process (electron/main/jobs derives its routing from it).
 */
import type { z } from 'zod'
import type { Role } from '../domain/roles'

/** 'public': no login needed (the login screen itself); 'any-user': anyone signed in; or these roles. */
export type Access = 'public' | 'any-user' | readonly Role[]

/**
 * Where a channel's handler runs. 'job' is for calls that take from a tenth of a second to several
 * seconds at provincial scale (statistics over a period, report PDFs, Excel files, outreach
 * packages, numbered voucher runs): in the main process their time would stall every window's
 * calls, and their garbage would stay in its heap (docs/benchmarks.md). Channels that share
 * in-memory state (a run's start and its status) run in the same place.
 */
export type RunsIn = 'main' | 'job'

export interface ChannelDecl<S extends z.ZodType, O> {
  input: S
  output: O
  access: Access
  runsIn: RunsIn
}

/** Everyone on the staff. */
export const ALL_STAFF: readonly Role[] = ['clerk', 'reviewer', 'director', 'finance', 'admin']
/** Everyone who works on cases (not finance). */
export const CASE_WORK: readonly Role[] = ['clerk', 'reviewer', 'director', 'admin']

/** Declares one channel. `O` is the output type; the input type comes from the schema. */
export function channel<S extends z.ZodType, O>(input: S, access: Access, runsIn: RunsIn = 'main'): ChannelDecl<S, O> {
  return { input, output: undefined as unknown as O, access, runsIn }
}
