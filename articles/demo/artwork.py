"""Lead images for the demo stories, drawn with Pillow: abstract editorial illustrations
(a bridge at dusk, a skyline in haze, waves, charts...) in each story's palette.

Drawings are deterministic: the same motif, palette and seed always give the same picture.
Shapes are drawn at twice the final size and scaled down, which smooths their edges.
"""

import functools
import io
import math
import random
import zlib

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from .spec import DemoImage

WIDTH, HEIGHT = 1600, 900
_SCALE = 2
W, H = WIDTH * _SCALE, HEIGHT * _SCALE

UNKNOWN_MOTIF = "No drawing called {motif!r}; choose one of: {choices}."


def _rgb(value: str) -> tuple[int, int, int]:
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def _mix(a, b, t: float) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _gradient(top, bottom, height=H, width=W, *, curve: float = 1.0) -> Image.Image:
    ramp = Image.linear_gradient("L").resize((width, height), Image.Resampling.BICUBIC)
    if curve != 1.0:
        ramp = ramp.point(lambda v: round(255 * (v / 255) ** curve))
    return ImageOps.colorize(ramp, top, bottom).convert("RGBA")


def _layer() -> Image.Image:
    return Image.new("RGBA", (W, H), (0, 0, 0, 0))


def _glow(canvas: Image.Image, x: float, y: float, radius: float, color, alpha: int) -> None:
    """A soft disc of light, blurred at an eighth of its size and scaled up (fast and smooth)."""
    f = 8
    reach = radius * 1.8
    box = (round(x - reach), round(y - reach), round(x + reach), round(y + reach))
    size = (box[2] - box[0], box[3] - box[1])
    small = Image.new("RGBA", (max(1, size[0] // f), max(1, size[1] // f)), (*color, 0))
    centre, r = reach / f, radius / f
    ImageDraw.Draw(small).ellipse([centre - r, centre - r, centre + r, centre + r], fill=(*color, alpha))
    patch = small.filter(ImageFilter.GaussianBlur(r / 2.2)).resize(size, Image.Resampling.BICUBIC)
    canvas.alpha_composite(
        patch, dest=(max(0, box[0]), max(0, box[1])), source=(max(0, -box[0]), max(0, -box[1]))
    )


def _skyline(draw, rng, base_y, color, *, min_h, max_h, min_w=60, max_w=190, windows=None):
    x = -rng.randint(0, 80)
    while x < W:
        w = rng.randint(min_w, max_w)
        h = rng.randint(min_h, max_h)
        draw.rectangle([x, base_y - h, x + w, base_y], fill=color)
        if rng.random() < 0.25:
            draw.rectangle([x + w * 0.3, base_y - h - h * 0.12, x + w * 0.7, base_y - h], fill=color)
        if windows:
            for wy in range(int(base_y - h + 24), int(base_y - 20), 34):
                for wx in range(x + 14, x + w - 18, 30):
                    if rng.random() < 0.22:
                        draw.rectangle([wx, wy, wx + 10, wy + 14], fill=windows)
        x += w + rng.randint(4, 26)


def _crane(draw, x, base_y, height, reach, color, width=14):
    top = base_y - height
    draw.line([(x - 60, base_y), (x, top)], fill=color, width=width)
    draw.line([(x + 60, base_y), (x, top)], fill=color, width=width)
    for k in range(1, 6):
        y = base_y - height * k / 6
        half = 60 * (1 - k / 6)
        draw.line([(x - half, y), (x + half, y)], fill=color, width=width // 2)
    draw.line([(x - reach * 0.3, top), (x + reach, top)], fill=color, width=width)
    draw.line([(x, top - 90), (x + reach * 0.9, top)], fill=color, width=width // 2)
    draw.line([(x, top - 90), (x - reach * 0.3, top)], fill=color, width=width // 2)
    draw.line([(x + reach * 0.7, top), (x + reach * 0.7, top + height * 0.35)], fill=color, width=4)


def _water(canvas, horizon, top, bottom, rng, streak):
    water = _gradient(top, bottom, height=H - horizon)
    canvas.alpha_composite(water, (0, horizon))
    draw = ImageDraw.Draw(canvas)
    for _ in range(140):
        y = rng.randint(horizon + 10, H)
        x = rng.randint(-200, W)
        length = rng.randint(60, 420) * (0.4 + (y - horizon) / (H - horizon))
        draw.line([(x, y), (x + length, y)], fill=(*streak, rng.randint(18, 70)), width=rng.randint(3, 7))


def _bridge(rng, sky_top, sky_bottom, accent, ink):
    canvas = _gradient(sky_top, sky_bottom, curve=1.4)
    horizon = int(H * 0.62)
    _glow(canvas, W * 0.68, horizon - 40, 520, accent, 120)
    _glow(canvas, W * 0.68, horizon - 40, 150, _mix(accent, (255, 255, 255), 0.5), 230)
    city = _layer()
    draw = ImageDraw.Draw(city)
    _skyline(draw, rng, horizon, (*_mix(ink, sky_bottom, 0.55), 255), min_h=90, max_h=300)
    _skyline(
        draw, rng, horizon, (*_mix(ink, sky_bottom, 0.3), 255), min_h=40, max_h=190, windows=(*accent, 150)
    )
    canvas.alpha_composite(city)
    _water(canvas, horizon, _mix(sky_bottom, ink, 0.45), ink, rng, accent)
    draw = ImageDraw.Draw(canvas)
    deck_y, deck_h = int(H * 0.55), 46
    draw.rectangle([0, deck_y, W, deck_y + deck_h], fill=ink)
    draw.rectangle([0, deck_y - 30, W, deck_y - 24], fill=ink)
    for x in range(0, W, 40):
        draw.rectangle([x, deck_y - 30, x + 6, deck_y], fill=ink)
    for k in range(5):
        x = int(W * (0.08 + k * 0.22))
        draw.rectangle([x - 40, deck_y + deck_h, x + 40, H], fill=ink)
        draw.rectangle([x - 58, deck_y + deck_h, x + 58, deck_y + deck_h + 26], fill=ink)
    for x in range(90, W, 260):
        draw.line([(x, deck_y - 30), (x, deck_y - 120)], fill=ink, width=8)
        _glow(canvas, x, deck_y - 124, 26, accent, 255)
    return canvas


def _skyline_motif(rng, sky_top, sky_bottom, accent, ink):
    canvas = _gradient(sky_top, sky_bottom, curve=0.8)
    _glow(canvas, W * 0.3, H * 0.5, 640, accent, 150)
    _glow(canvas, W * 0.3, H * 0.5, 170, _mix(accent, (255, 255, 255), 0.6), 240)
    ground = int(H * 0.78)
    for depth, (low, high) in enumerate([(200, 520), (120, 380), (60, 240)]):
        layer = _layer()
        draw = ImageDraw.Draw(layer)
        shade = _mix(sky_bottom, ink, (0.25, 0.5, 0.8)[depth])
        _skyline(draw, rng, ground + depth * 60, (*shade, 255), min_h=low, max_h=high, min_w=120, max_w=320)
        if depth == 1:
            for x in (W * 0.62, W * 0.78, W * 0.9):
                _crane(draw, x, ground + 60, rng.randint(520, 700), rng.randint(300, 420), (*shade, 255))
        canvas.alpha_composite(layer)
        if depth < 2:
            # Haze between the layers gives the picture its depth.
            haze = _gradient(_mix(sky_top, sky_bottom, 0.6), _mix(sky_bottom, accent, 0.35))
            haze.putalpha(60)
            canvas.alpha_composite(haze)
    ImageDraw.Draw(canvas).rectangle([0, ground + 120, W, H], fill=ink)
    return canvas


def _industrial(rng, sky_top, sky_bottom, accent, ink):
    canvas = _gradient(sky_top, sky_bottom)
    horizon = int(H * 0.7)
    ImageDraw.Draw(canvas).ellipse([W * 0.12, H * 0.18, W * 0.12 + 560, H * 0.18 + 560], fill=(*accent, 255))
    scene = _layer()
    draw = ImageDraw.Draw(scene)
    shed_left, shed_right, shed_top = int(W * 0.05), int(W * 0.58), horizon - 230
    draw.rectangle([shed_left, shed_top, shed_right, horizon], fill=ink)
    for x in range(shed_left, shed_right, 120):
        draw.polygon([(x, shed_top), (x + 120, shed_top - 70), (x + 120, shed_top)], fill=ink)
    for x in range(shed_left + 40, shed_right - 40, 120):
        draw.rectangle([x, shed_top + 60, x + 50, shed_top + 90], fill=(*_mix(ink, accent, 0.4), 255))
    for x, height, reach in ((W * 0.64, 880, 520), (W * 0.8, 760, 440), (W * 0.93, 640, 300)):
        _crane(draw, x, horizon, height, reach, ink, width=18)
    draw.rectangle([0, horizon, W, horizon + 24], fill=ink)
    canvas.alpha_composite(scene)
    reflection = scene.crop((0, 0, W, horizon)).transpose(Image.Transpose.FLIP_TOP_BOTTOM)
    reflection = reflection.resize((W, H - horizon - 24)).filter(ImageFilter.GaussianBlur(10))
    faded = Image.new("RGBA", reflection.size, (0, 0, 0, 0))
    faded = Image.blend(faded, reflection, 0.35)
    _water(canvas, horizon + 24, _mix(sky_bottom, ink, 0.25), _mix(sky_bottom, ink, 0.55), rng, sky_top)
    canvas.alpha_composite(faded, (0, horizon + 24))
    return canvas


def _waves(rng, sky_top, sky_bottom, accent, ink):
    canvas = _gradient(sky_top, sky_bottom, curve=1.2)
    _glow(canvas, W * 0.78, H * 0.2, 300, (255, 255, 255), 170)
    draw = ImageDraw.Draw(canvas)
    shore = (92, 128, 84)
    draw.polygon(
        [(0, H * 0.42), (W * 0.18, H * 0.4), (W * 0.42, H * 0.45), (W * 0.55, H * 0.47), (0, H * 0.5)],
        fill=shore,
    )
    bands = 7
    for k in range(bands):
        t = k / (bands - 1)
        layer = _layer()
        wave = ImageDraw.Draw(layer)
        base = H * (0.44 + 0.085 * k)
        amp = 22 + 30 * t
        length = rng.uniform(520, 900)
        phase = rng.uniform(0, math.tau)
        crest = [(x, base + amp * math.sin(x / length * math.tau + phase)) for x in range(-20, W + 40, 20)]
        color = _mix(_mix(sky_bottom, accent, min(1, t * 1.6)), ink, max(0, t - 0.4))
        wave.polygon([*crest, (W + 40, H), (-20, H)], fill=(*color, 235))
        wave.line(crest, fill=(255, 255, 255, round(120 - 70 * t)), width=6)
        canvas.alpha_composite(layer)
    return canvas


def _circles(rng, sky_top, sky_bottom, accent, ink):
    canvas = _gradient(sky_top, sky_bottom)
    colors = [accent, ink, sky_bottom, _mix(accent, sky_bottom, 0.5)]
    for _ in range(46):
        layer = _layer()
        draw = ImageDraw.Draw(layer)
        r = rng.choice([40, 70, 120, 180, 260, 380])
        x = rng.gauss(W * 0.64, W * 0.2)
        y = rng.gauss(H * 0.5, H * 0.24)
        color = rng.choice(colors)
        if rng.random() < 0.3:
            draw.ellipse([x - r, y - r, x + r, y + r], outline=(*color, 200), width=14)
        else:
            draw.ellipse([x - r, y - r, x + r, y + r], fill=(*color, rng.randint(110, 210)))
        canvas.alpha_composite(layer)
    draw = ImageDraw.Draw(canvas)
    for _ in range(160):
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        draw.ellipse([x - 5, y - 5, x + 5, y + 5], fill=(*ink, 140))
    return canvas


def _bars(rng, sky_top, sky_bottom, accent, ink):
    canvas = _gradient(sky_top, sky_bottom)
    draw = ImageDraw.Draw(canvas)
    rule = (*_mix(sky_bottom, ink, 0.25), 255)
    for y in range(120, H, 60):
        draw.line([(0, y), (W, y)], fill=rule, width=3)
    draw.line([(260, 0), (260, H)], fill=(*accent, 160), width=5)
    floor = H - 180
    count, left, gap = 14, 420, 40
    width = (W - left - 200 - gap * (count - 1)) / count
    level = H * 0.18
    peaks = []
    for k in range(count):
        level += rng.uniform(-40, 110)
        height = min(floor - 160, max(160, level + k * 28))
        x = left + k * (width + gap)
        fill = accent if k == count - 3 else _mix(ink, sky_bottom, 0.15 * (k % 2))
        draw.rectangle([x, floor - height, x + width, floor], fill=fill)
        peaks.append((x + width / 2, floor - height - 70))
    draw.line(peaks, fill=(*ink, 255), width=8, joint="curve")
    for x, y in peaks:
        draw.ellipse([x - 16, y - 16, x + 16, y + 16], fill=sky_top, outline=ink, width=8)
    draw.rectangle([left - 40, floor, W - 160, floor + 10], fill=ink)
    return canvas


def _night(rng, sky_top, sky_bottom, accent, ink):
    canvas = _gradient(sky_top, sky_bottom)
    size = int(math.hypot(W, H)) + 40
    city = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(city)
    block = _mix(sky_bottom, (255, 255, 255), 0.06)
    street = 46
    y = 0
    while y < size:
        bh = rng.randint(170, 300)
        x = 0
        while x < size:
            bw = rng.randint(180, 360)
            draw.rounded_rectangle([x, y, x + bw, y + bh], radius=14, fill=(*block, 255))
            for _ in range(rng.randint(0, 6)):
                wx, wy = rng.uniform(x + 20, x + bw - 40), rng.uniform(y + 20, y + bh - 40)
                draw.rectangle([wx, wy, wx + 18, wy + 12], fill=(*accent, rng.randint(60, 170)))
            x += bw + street
        y += bh + street
    city = city.rotate(14, resample=Image.Resampling.BICUBIC)
    left, top = (size - W) // 2, (size - H) // 2
    canvas.alpha_composite(city.crop((left, top, left + W, top + H)))
    for _ in range(70):
        _glow(
            canvas, rng.uniform(0, W), rng.uniform(0, H), rng.uniform(14, 46), accent, rng.randint(120, 230)
        )
    _glow(canvas, W * 0.7, H * 0.42, 260, (230, 57, 70), 150)
    _glow(canvas, W * 0.78, H * 0.5, 220, (58, 110, 230), 150)
    _glow(canvas, W * 0.74, H * 0.46, 40, ink, 255)
    return canvas


def _gear(draw, cx, cy, radius, teeth, color, width):
    points = []
    for k in range(teeth * 4):
        angle = k / (teeth * 4) * math.tau
        r = radius + (26 if k % 4 in (1, 2) else 0)
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    draw.polygon(points, outline=color, width=width)
    draw.ellipse(
        [cx - radius * 0.35, cy - radius * 0.35, cx + radius * 0.35, cy + radius * 0.35],
        outline=color,
        width=width,
    )


def _blueprint(rng, sky_top, sky_bottom, accent, ink):
    canvas = _gradient(sky_top, sky_bottom)
    draw = ImageDraw.Draw(canvas, "RGBA")
    for x in range(0, W, 40):
        draw.line([(x, 0), (x, H)], fill=(*accent, 70 if x % 200 == 0 else 26), width=2)
    for y in range(0, H, 40):
        draw.line([(0, y), (W, y)], fill=(*accent, 70 if y % 200 == 0 else 26), width=2)
    line = (*accent, 235)
    _gear(draw, W * 0.62, H * 0.48, 300, 14, line, 8)
    _gear(draw, W * 0.62 + 470, H * 0.48 - 250, 170, 9, (*ink, 255), 10)
    _gear(draw, W * 0.62 - 150, H * 0.48 + 420, 140, 8, line, 6)
    for r in (420, 520):
        draw.arc([W * 0.62 - r, H * 0.48 - r, W * 0.62 + r, H * 0.48 + r], 200, 320, fill=line, width=4)
    y = H * 0.86
    draw.line([(W * 0.08, y), (W * 0.42, y)], fill=line, width=5)
    for x in (W * 0.08, W * 0.42):
        draw.line([(x, y - 30), (x, y + 30)], fill=line, width=5)
    x = W * 0.1
    draw.line([(x, H * 0.12), (x, H * 0.7)], fill=line, width=5)
    for yy in (H * 0.12, H * 0.7):
        draw.line([(x - 30, yy), (x + 30, yy)], fill=line, width=5)
    draw.rectangle([W * 0.16, H * 0.2, W * 0.36, H * 0.62], outline=line, width=6)
    draw.line([(W * 0.16, H * 0.2), (W * 0.36, H * 0.62)], fill=(*accent, 120), width=3)
    return canvas


MOTIFS = {
    "bridge": _bridge,
    "skyline": _skyline_motif,
    "industrial": _industrial,
    "waves": _waves,
    "circles": _circles,
    "bars": _bars,
    "night": _night,
    "blueprint": _blueprint,
}


def artwork_render(image: DemoImage, *, seed: str) -> Image.Image:
    """Draw ``image`` (1600×900, RGB); ``seed`` varies the details between stories."""
    try:
        draw = MOTIFS[image.motif]
    except KeyError:
        raise ValueError(UNKNOWN_MOTIF.format(motif=image.motif, choices=", ".join(sorted(MOTIFS)))) from None
    rng = random.Random(zlib.crc32(seed.encode()))
    canvas = draw(rng, *(_rgb(color) for color in image.palette))
    picture = canvas.convert("RGB").resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
    # A little film grain keeps large flat gradients from banding in the JPEG.
    grain = Image.frombytes("L", (WIDTH, HEIGHT), rng.randbytes(WIDTH * HEIGHT)).convert("RGB")
    return ImageChops.blend(picture, ImageChops.overlay(picture, grain), 0.07)


@functools.lru_cache(maxsize=32)
def artwork_jpeg(image: DemoImage, *, seed: str) -> bytes:
    """The drawing as JPEG bytes, ready to store as a lead image (kept for reuse, since a
    drawing takes a moment and never changes)."""
    buffer = io.BytesIO()
    artwork_render(image, seed=seed).save(buffer, "JPEG", quality=86, optimize=True, progressive=True)
    return buffer.getvalue()
