/** The channel names, derived from the contract (the preload's allow-list, the routers' tables). */
import { contract, type Channel } from './contract'

export type { Channel }

export const CHANNELS: readonly Channel[] = Object.freeze(Object.keys(contract) as Channel[])

const NAMES: ReadonlySet<string> = new Set(CHANNELS)

export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && NAMES.has(name)
