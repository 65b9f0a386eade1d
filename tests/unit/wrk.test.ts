/** The benchmarks read wrk's report: requests/s, p50/p99 in any unit, and what did not succeed. */
import { parseWrk } from '../../bench/lib/wrk'

const REPORT = `Running 10s test @ http://127.0.0.1:8080/diseases/calciphylaxis
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   150.12ms  200.40ms   1.99s    90.00%
    Req/Sec   240.00     40.00   300.00     70.00%
  Latency Distribution
     50%  126.78ms
     75%  180.00ms
     90%  400.00ms
     99%    1.06s
  4630 requests in 10.00s, 700.00MB read
  Socket errors: connect 0, read 0, write 0, timeout 29
  Non-2xx or 3xx responses: 3
Requests/sec:    463.00
Transfer/sec:     70.00MB
`

it('reads requests/s, latency percentiles and failures from a wrk report', () => {
  expect(parseWrk(REPORT)).toEqual({
    requestsPerSecond: 463,
    p50Ms: 126.78,
    p99Ms: 1060,
    requests: 4630,
    non2xx: 3,
    timeouts: 29,
  })
  expect(
    parseWrk(REPORT.replace('126.78ms', '612.00us').replace(/\n.*Socket errors.*\n.*Non-2xx.*/, '')).p50Ms,
  ).toBeCloseTo(0.612)
  expect(() => parseWrk('wrk: connection refused')).toThrow(/unexpected wrk output/)
})
