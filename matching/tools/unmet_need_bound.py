#!/usr/bin/env python3
"""How much of greedy's unmet need can any plan recover? (docs/matching.md, "Bound")

Reads a plan exported by BoundExportTests and solves, with scipy's HiGHS:

  maximise   sum value_p * x_po                    (need met, medium level only; soft preferences ignored)
  subject to sum_o x_po <= 1                       each part on at most one of its eligible offers
             sum_p amount_p * x_po <= free_o       offer amounts (what pinned parts leave)
             x_po <= y_ro                          a part on an offer makes its request one of the offer's requests
             sum_r y_ro <= freeCapacity_o          offer capacity in distinct requests (pinned requests are free)
             x, y in {0, 1}                        (or [0, 1] for the LP relaxation)

The mixed-integer optimum is the least unmet need any plan can reach (what the solver's medium score can reach);
the LP relaxation is a looser but quick upper bound on the need met. Usage:

  python3 matching/tools/unmet_need_bound.py matching/target/bound/MEDIUM-1.txt [time-limit-seconds] [--lp-only]
  [--no-capacity]

--lp-only skips the mixed-integer solve; --no-capacity also drops the capacity rows (a looser bound that HiGHS
solves in seconds on 20,000/5,000, where the full relaxation is slow).
"""
import sys
import time

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix


def main(path, time_limit, lp_only=False, no_capacity=False):
    offers = {}
    joined = set()
    parts = []
    floor = 0
    with open(path) as f:
        for line in f:
            t = line.split()
            if t[0] == "O":
                offers[t[1]] = (int(t[2]), int(t[3]))
            elif t[0] == "R":
                joined.add((t[1], t[2]))
            elif t[0] == "F":
                floor += int(t[1])
            elif t[0] == "P":
                parts.append((t[1], t[2], int(t[3]), int(t[4]), t[5], t[6:]))
    offer_index = {o: i for i, o in enumerate(offers)}
    # Variables: x (part, offer) pairs, then y (request, offer) pairs that need capacity.
    x_pairs = []
    y_index = {}
    for p, (pid, req, value, amount, greedy, eligible) in enumerate(parts):
        for o in eligible:
            x_pairs.append((p, o))
            if not no_capacity and (req, o) not in joined and (req, o) not in y_index:
                y_index[(req, o)] = None
    nx = len(x_pairs)
    for k, key in enumerate(y_index):
        y_index[key] = nx + k
    n = nx + len(y_index)
    c = np.zeros(n)
    rows, cols, vals, lo, hi = [], [], [], [], []
    r = 0
    # one offer per part
    part_rows = {}
    for j, (p, o) in enumerate(x_pairs):
        c[j] = -parts[p][2]
        if p not in part_rows:
            part_rows[p] = r
            r += 1
        rows.append(part_rows[p]); cols.append(j); vals.append(1.0)
    lo += [-np.inf] * r
    hi += [1.0] * r
    # amounts
    base = r
    for j, (p, o) in enumerate(x_pairs):
        rows.append(base + offer_index[o]); cols.append(j); vals.append(float(parts[p][3]))
    for o, (free, cap) in offers.items():
        lo.append(-np.inf); hi.append(float(free))
    r = base + len(offers)
    # x <= y
    for j, (p, o) in enumerate(x_pairs):
        key = (parts[p][1], o)
        if key in y_index:
            rows += [r, r]; cols += [j, y_index[key]]; vals += [1.0, -1.0]
            lo.append(-np.inf); hi.append(0.0)
            r += 1
    # capacity
    base = r
    for (req, o), k in y_index.items():
        rows.append(base + offer_index[o]); cols.append(k); vals.append(1.0)
    if not no_capacity:
        for o, (free, cap) in offers.items():
            lo.append(-np.inf); hi.append(float(cap))
        r = base + len(offers)
    a = coo_matrix((vals, (rows, cols)), shape=(r, n)).tocsr()
    constraints = LinearConstraint(a, lo, hi)
    bounds = Bounds(np.zeros(n), np.ones(n))

    total = floor + sum(p[2] for p in parts)
    greedy_met = sum(p[2] for p in parts if p[4] != "-")
    greedy_unmet = total - greedy_met
    print(f"{path}: {len(parts)} open parts with eligible offers, {len(offers)} offers, {nx} part-offer pairs")
    print(f"total need {total:,}, floor (no eligible offer) {floor:,}, greedy unmet {greedy_unmet:,}")

    start = time.time()
    lp = milp(c, constraints=constraints, bounds=bounds, integrality=np.zeros(n))
    lp_unmet = total + lp.fun
    print(f"LP relaxation{' without capacities' if no_capacity else ''}: unmet >= {lp_unmet:,.0f}  ({time.time() - start:.1f} s); at most "
          f"{100 * (greedy_unmet - lp_unmet) / greedy_unmet:.2f}% below greedy")

    if lp_only:
        return
    start = time.time()
    mip = milp(c, constraints=constraints, bounds=bounds, integrality=np.ones(n),
               options={"time_limit": time_limit, "mip_rel_gap": 1e-5, "disp": False})
    if mip.x is not None:
        mip_unmet = total + mip.fun
        dual = getattr(mip, "mip_dual_bound", None)
        bound_unmet = total + dual if dual is not None else float("nan")
        print(f"MIP ({mip.message.strip()}, {time.time() - start:.1f} s): best plan unmet {mip_unmet:,.0f} "
              f"({100 * (greedy_unmet - mip_unmet) / greedy_unmet:.2f}% below greedy); no plan below "
              f"{bound_unmet:,.0f} ({100 * (greedy_unmet - bound_unmet) / greedy_unmet:.2f}% below greedy)")
        print(f"recoverable above the floor: greedy leaves {greedy_unmet - floor:,} above the floor, "
              f"the optimum {mip_unmet - floor:,.0f}")
    else:
        print(f"MIP: {mip.message}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(args[0], float(args[1]) if len(args) > 1 else 300.0, "--lp-only" in sys.argv, "--no-capacity" in sys.argv)
