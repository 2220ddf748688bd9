import { formatFen } from '../../../../shared/domain/money'

/** Integer fen shown as ¥1,234.56. */
export function Money({ fen }: { fen: number | null | undefined }) {
  if (fen === null || fen === undefined) return <span>—</span>
  return <span style={{ fontVariantNumeric: 'tabular-nums', color: fen < 0 ? '#cf1322' : undefined }}>{formatFen(fen)}</span>
}
