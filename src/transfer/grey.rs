//! Grey pictures made ready for the QR reader ([`super::qr_read`]): turned
//! over (light for dark), a part cut out and enlarged, and made black and
//! white against the mean of the square around each pixel.

/// A grey picture: `width` × `height` pixels, row by row, one byte a pixel
/// (0 is black). `luma` holds exactly `width` × `height` bytes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Grey<'a> {
    pub width: usize,
    pub height: usize,
    pub luma: &'a [u8],
}

/// How much darker than the mean of its square a pixel must be to count as
/// black: a little, so that the noise of a plain white area stays white.
const DARKER_BY: u32 = 4;

/// The square whose mean a pixel is held against is this many times smaller
/// than the picture's shorter side: 120 pixels across in a 640 × 480 frame,
/// half a code's width or more, so a square over a code holds modules of
/// both colours.
const SQUARE_PART: usize = 4;

/// How many times larger a cut-out part is made.
const ENLARGE: usize = 2;

impl Grey<'_> {
    /// The pixel at (`x`, `y`).
    pub fn at(&self, x: usize, y: usize) -> u8 {
        self.luma[y * self.width + x]
    }

    /// Black (`true`) for each pixel darker than the mean of the square
    /// around it (a quarter of the shorter side across, cut off at the
    /// edges). Where glare lightens part of a code, or the whole picture has
    /// little contrast, this still splits the modules, as it compares each
    /// pixel with its own surroundings only.
    pub fn darker_than_surroundings(&self) -> Vec<bool> {
        let sums = self.sums();
        let radius = (self.width.min(self.height) / SQUARE_PART / 2).max(2);
        let row = self.width + 1;
        (0..self.height)
            .flat_map(|y| (0..self.width).map(move |x| (x, y)))
            .map(|(x, y)| {
                let (left, right) = (x.saturating_sub(radius), (x + radius + 1).min(self.width));
                let (top, bottom) = (y.saturating_sub(radius), (y + radius + 1).min(self.height));
                let sum = sums[bottom * row + right] + sums[top * row + left]
                    - sums[top * row + right]
                    - sums[bottom * row + left];
                let area = ((right - left) * (bottom - top)) as u32;
                (u32::from(self.at(x, y)) + DARKER_BY) * area < sum
            })
            .collect()
    }

    /// The sum of the pixels above and left of each point of a grid one
    /// larger than the picture (a summed-area table). A picture of at most
    /// 4096 × 4096 pixels sums to at most 255 × 4096², within a `u32`.
    fn sums(&self) -> Vec<u32> {
        let row = self.width + 1;
        let mut sums = vec![0u32; row * (self.height + 1)];
        for y in 0..self.height {
            let mut along = 0;
            for x in 0..self.width {
                along += u32::from(self.at(x, y));
                sums[(y + 1) * row + x + 1] = sums[y * row + x + 1] + along;
            }
        }
        sums
    }

    /// The picture with light and dark turned over.
    pub fn inverted(&self) -> Vec<u8> {
        self.luma.iter().map(|&v| 255 - v).collect()
    }

    /// The part of the picture around `corners` (with a margin of an eighth
    /// of its size, cut off at the picture's edges), [`ENLARGE`] times as wide
    /// and high: its width, height and pixels. Each new pixel is the mean of
    /// the nearest old ones, weighed by nearness (bilinear).
    pub fn cut_out(&self, corners: &[(i32, i32); 4]) -> (usize, usize, Vec<u8>) {
        let (left, right) = self.span(corners.map(|c| c.0), self.width);
        let (top, bottom) = self.span(corners.map(|c| c.1), self.height);
        let (width, height) = (right - left + 1, bottom - top + 1);
        let rows: Vec<Vec<u8>> = (top..=bottom)
            .map(|y| enlarge((left..=right).map(|x| self.at(x, y)).collect()))
            .collect();
        let columns: Vec<Vec<u8>> = (0..width * ENLARGE)
            .map(|x| enlarge(rows.iter().map(|row| row[x]).collect()))
            .collect();
        let luma = (0..height * ENLARGE)
            .flat_map(|y| columns.iter().map(move |column| column[y]))
            .collect();
        (width * ENLARGE, height * ENLARGE, luma)
    }

    /// The first and last pixel, within `0..length`, of the span of `values`
    /// widened by an eighth of its extent (at least 8 pixels) each way.
    fn span(&self, values: [i32; 4], length: usize) -> (usize, usize) {
        let (low, high) = (values.into_iter().min(), values.into_iter().max());
        let (low, high) = (i64::from(low.unwrap_or(0)), i64::from(high.unwrap_or(0)));
        let margin = ((high - low) / 8).max(8);
        let last = length as i64 - 1;
        let first = (low - margin).clamp(0, last) as usize;
        (first, (high + margin).clamp(first as i64, last) as usize)
    }
}

/// A line of pixels twice as long: each old pixel becomes two, each three
/// parts itself and one part its neighbour on that side (the line's ends
/// repeat).
fn enlarge(line: Vec<u8>) -> Vec<u8> {
    let last = line.len().saturating_sub(1);
    let mix = |near: u8, far: u8| ((3 * u16::from(near) + u16::from(far) + 2) / 4) as u8;
    (0..line.len())
        .flat_map(|i| {
            let (before, after) = (line[i.saturating_sub(1)], line[(i + 1).min(last)]);
            [mix(line[i], before), mix(line[i], after)]
        })
        .collect()
}
