/*
 * The data with one synthetic quarter more: the quarter after the data's last, with figures that
 * agree within rounding (implied revenue ≈ 5 × share), and a new data version. Shared by
 * `npm run test:next-quarter` (the whole suite on such a copy) and the eighth-quarter test.
 */
function withNextQuarter(data) {
  const copy = JSON.parse(JSON.stringify(data));
  const last = copy.quarters[copy.quarters.length - 1];
  copy.quarters.push({
    year: last.quarter === 4 ? last.year + 1 : last.year,
    quarter: (last.quarter % 4) + 1,
    inferenceCost: 4.321,
    revenueShare: 0.456,
    impliedRevenuePublished: 2.281,
  });
  copy.version = "9.1.0";
  copy.date = "2026-02-15";
  return copy;
}

module.exports = { withNextQuarter };
