/** The channels of the deadlines board: each declared once, with its input schema, answer type, access and process (shared/ipc/define.ts). */
import { channel, CASE_WORK } from '../ipc/define'
import type { DeadlineBoard } from './dto'
import { DeadlinesBoardInput } from './schema'

export const DEADLINES_CONTRACT = {
  'deadlines:board': channel<typeof DeadlinesBoardInput, DeadlineBoard>(DeadlinesBoardInput, CASE_WORK),
}
