# Helpers shared by the bench scripts: CPU used by other processes during a measurement, so that a figure taken
# while something else (a Maven build) was busy can be spotted and re-run.

# Busy clock ticks of the whole machine (all cores) since boot.
machine_busy_ticks() {
	awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat
}

# User+system clock ticks of the given pids (missing pids count 0).
pid_ticks() {
	local total=0 p t
	for p in "$@"; do
		t=$(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || echo 0)
		total=$((total + t))
	done
	echo "$total"
}

# other_cores BUSY0 BUSY1 OWN0 OWN1 SECONDS: average cores used by processes other than ours over the interval.
other_cores() {
	awk -v b0="$1" -v b1="$2" -v o0="$3" -v o1="$4" -v s="$5" -v hz="$(getconf CLK_TCK)" \
		'BEGIN{v=((b1-b0)-(o1-o0))/hz/s; if(v<0)v=0; printf "%.2f", v}'
}

# wait_quiet [MAX_SECONDS]: waits (bounded) until the machine has been nearly idle (< 0.15 cores busy) for 5 s.
wait_quiet() {
	local max=${1:-600} waited=0 b0 b1 v
	while [ "$waited" -lt "$max" ]; do
		b0=$(machine_busy_ticks); sleep 5; b1=$(machine_busy_ticks)
		v=$(awk -v a="$b0" -v b="$b1" -v hz="$(getconf CLK_TCK)" 'BEGIN{printf "%.2f",(b-a)/hz/5}')
		if awk -v v="$v" 'BEGIN{exit !(v < 0.15)}'; then echo "quiet after ${waited}s (busy $v cores)"; return 0; fi
		waited=$((waited + 5))
	done
	echo "still busy after ${max}s (busy $v cores)"; return 1
}
