use crate::{CapStone, Point};

#[derive(Debug, Clone)]
pub struct CapStoneGroup(pub CapStone, pub CapStone, pub CapStone);

#[derive(Clone, Copy, Debug, PartialEq)]
struct Neighbor {
    index: usize,
    distance: f64,
}

/// Return each pair Capstone indexes that are likely to be from a QR code
/// Ordered from most symmetric to least symmetric
// Werktafel: the neighbours as seen through the capstone's affine frame and
// through its perspective (see `affine_unmap`), each pair once.
pub fn find_and_rank_possible_neighbors(capstones: &[CapStone], idx: usize) -> Vec<(usize, usize)> {
    let affine = |cap: &CapStone, p: &Point| affine_unmap(&cap.corners, p);
    let perspective = |cap: &CapStone, p: &Point| Some(cap.c.unmap(p));
    let mut res = rank_neighbors(capstones, idx, affine);
    res.extend(rank_neighbors(capstones, idx, perspective));
    res.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (_, pair) in res {
        if !pairs.contains(&pair) {
            pairs.push(pair);
        }
    }
    pairs
}

/// Werktafel: the pairs of neighbours of capstone `idx`, found by `unmap`, with
/// their scores (upstream's `find_and_rank_possible_neighbors`).
fn rank_neighbors(
    capstones: &[CapStone],
    idx: usize,
    unmap: impl Fn(&CapStone, &Point) -> Option<(f64, f64)>,
) -> Vec<(f64, (usize, usize))> {
    const VIABILITY_THRESHOLD: f64 = 0.25;

    let (hlist, vlist) = find_possible_neighbors(capstones, idx, unmap);
    let mut res = Vec::new();
    struct NeighborSet {
        score: f64,
        h_index: usize,
        v_index: usize,
    }
    /* Test each possible grouping */
    for hn in hlist {
        for vn in vlist.iter() {
            let score = {
                if hn.distance < vn.distance {
                    (1.0f64 - hn.distance / vn.distance).abs()
                } else {
                    (1.0f64 - vn.distance / hn.distance).abs()
                }
            };
            if score < VIABILITY_THRESHOLD {
                res.push(NeighborSet {
                    score,
                    h_index: hn.index,
                    v_index: vn.index,
                });
            }
        }
    }

    res.iter()
        .map(|n| (n.score, (n.h_index, n.v_index)))
        .collect()
}

fn find_possible_neighbors(
    capstones: &[CapStone],
    idx: usize,
    unmap: impl Fn(&CapStone, &Point) -> Option<(f64, f64)>,
) -> (Vec<Neighbor>, Vec<Neighbor>) {
    let cap = &capstones[idx];
    let mut hlist = Vec::new();
    let mut vlist = Vec::new();

    /* Look for potential neighbours by examining the relative gradients
     * from this capstone to others.
     */
    #[allow(clippy::needless_range_loop)]
    for others_idx in 0..capstones.len() {
        if others_idx == idx {
            continue;
        }

        let cmp_cap = &capstones[others_idx];

        let Some((mut u, mut v)) = unmap(cap, &cmp_cap.center) else {
            continue;
        };
        u = (u - 3.5f64).abs();
        v = (v - 3.5f64).abs();

        if u < 0.2f64 * v {
            hlist.push(Neighbor {
                index: others_idx,
                distance: v,
            });
        }

        if v < 0.2f64 * u {
            vlist.push(Neighbor {
                index: others_idx,
                distance: u,
            });
        }
    }

    (hlist, vlist)
}

/// Werktafel: where `p` lies in the capstone's own grid (a module a unit, the
/// capstone from 0 to 7 both ways), by the affine map that fits its corners:
/// the mean of its opposite sides. The capstone's perspective, fitted through
/// four corners rounded to whole pixels, is no good this far out: at a small
/// capstone turned 12° it put the neighbours 45 and 67 modules away where both
/// are 46, and the code was never found. `None` for a capstone with no area.
fn affine_unmap(corners: &[Point; 4], p: &Point) -> Option<(f64, f64)> {
    let [c0, c1, c2, c3] = corners.map(|c| (f64::from(c.x), f64::from(c.y)));
    let across = ((c1.0 - c0.0 + c2.0 - c3.0) / 14.0, (c1.1 - c0.1 + c2.1 - c3.1) / 14.0);
    let down = ((c3.0 - c0.0 + c2.0 - c1.0) / 14.0, (c3.1 - c0.1 + c2.1 - c1.1) / 14.0);
    let det = across.0 * down.1 - across.1 * down.0;
    if det.abs() < f64::EPSILON {
        return None;
    }
    let middle = (
        (c0.0 + c1.0 + c2.0 + c3.0) / 4.0,
        (c0.1 + c1.1 + c2.1 + c3.1) / 4.0,
    );
    let (dx, dy) = (f64::from(p.x) - middle.0, f64::from(p.y) - middle.1);
    let u = (dx * down.1 - dy * down.0) / det;
    let v = (across.0 * dy - across.1 * dx) / det;
    Some((3.5 + u, 3.5 + v))
}
