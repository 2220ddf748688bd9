/** One page of a list answer (case search, consultations, the roster). Its own module so that every feature's DTOs can use it without importing each other. */
export interface Page<T> {
  rows: T[]
  /** Exact up to a cap (5,000 for case search); see totalIsCapped. */
  total: number
  /** True when there are more matches than `total` says ("5000+"). */
  totalIsCapped?: boolean
  page: number
  pageSize: number
  tookMs: number
}
