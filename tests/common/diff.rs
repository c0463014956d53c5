//! A small line diff for snapshot failures: longest common subsequence over
//! lines, printed as unified-style hunks (`-expected`, `+actual`, context
//! lines with a space) so scattered changes show where they are.

/// One step of the edit script.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    Same(usize, usize),
    Removed(usize),
    Added(usize),
}

/// Hunks of changed lines with `context` lines around them, at most
/// `max_lines` output lines (then a count of what was left out).
pub fn line_diff(expected: &str, actual: &str, context: usize, max_lines: usize) -> String {
    let old: Vec<&str> = expected.lines().collect();
    let new: Vec<&str> = actual.lines().collect();
    let ops = edit_script(&old, &new);
    let changed: Vec<bool> = ops.iter().map(|op| !matches!(op, Op::Same(..))).collect();
    let near_change = |k: usize| changed[k.saturating_sub(context)..(k + context + 1).min(ops.len())].contains(&true);
    let mut out: Vec<String> = Vec::new();
    let mut in_hunk = false;
    for (k, op) in ops.iter().enumerate() {
        if !near_change(k) {
            in_hunk = false;
            continue;
        }
        if !in_hunk {
            out.push(format!("@@ {} @@", first_change_at(&ops[k..])));
            in_hunk = true;
        }
        out.push(match *op {
            Op::Same(i, _) => format!(" {}", old[i]),
            Op::Removed(i) => format!("-{}", old[i]),
            Op::Added(j) => format!("+{}", new[j]),
        });
    }
    if out.len() > max_lines {
        let more = out.len() - max_lines;
        out.truncate(max_lines);
        out.push(format!("... {more} more diff lines"));
    }
    out.join("\n")
}

/// Where the first change in `ops` is: `-<expected line> +<actual line>`,
/// both counted from 1.
fn first_change_at(ops: &[Op]) -> String {
    let (mut old, mut new) = (0, 0);
    for op in ops {
        match *op {
            Op::Same(i, j) => (old, new) = (i + 1, j + 1),
            Op::Removed(i) => return format!("-{} +{}", i + 1, new + 1),
            Op::Added(j) => return format!("-{} +{}", old + 1, j + 1),
        }
    }
    format!("-{} +{}", old + 1, new + 1)
}

/// The edit script turning `old` into `new` (classic LCS table; snapshots are
/// a few hundred lines, so the quadratic table is small).
fn edit_script(old: &[&str], new: &[&str]) -> Vec<Op> {
    let (n, m) = (old.len(), new.len());
    // lcs[i][j]: length of the LCS of old[i..] and new[j..]
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if old[i] == new[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut ops) = (0, 0, Vec::with_capacity(n + m));
    while i < n || j < m {
        if i < n && j < m && old[i] == new[j] {
            ops.push(Op::Same(i, j));
            (i, j) = (i + 1, j + 1);
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(Op::Removed(i)); // removals first, as in unified diffs
            i += 1;
        } else {
            ops.push(Op::Added(j));
            j += 1;
        }
    }
    ops
}
