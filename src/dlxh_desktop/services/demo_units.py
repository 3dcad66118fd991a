"""The demo province's unit tree: Ninh Bình federation, its intermediate unions and the
grassroots unions (CĐCS) of enterprises, schools, hospitals and agencies, with letterheads.

Names are invented but follow real naming habits; they scale to any count by adding numbering.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from dlxh_desktop.domain.letterhead import Letterhead
from dlxh_desktop.domain.reports import Ownership
from dlxh_desktop.domain.units import Unit, UnitKind

PROVINCE_CODE = "NB"
PROVINCE_NAME = "Liên đoàn Lao động tỉnh Ninh Bình"
PLACE = "Ninh Bình"


@dataclass(frozen=True)
class Workplace:
    """What the demo knows about the employer behind a unit (incidents, stream scopes)."""

    category: str  # fdi, dom, coop, school, health, agency, mixed (intermediates), province
    enterprise: str  # the employer's name, without the union prefix
    ownership: Ownership | None
    origin_country: str
    place: str
    workforce: int
    sections: tuple[str, ...]  # departments named in stream scopes


# code suffix, name, kind, symbol, category of its grassroots units, weight in the tree
_INTERMEDIATES: tuple[tuple[str, str, UnitKind, str, str, int], ...] = (
    (
        "KCN",
        "Công đoàn các Khu công nghiệp tỉnh Ninh Bình",
        UnitKind.INDUSTRIAL_ZONE,
        "CĐKCN",
        "fdi",
        14,
    ),
    ("GD", "Công đoàn ngành Giáo dục tỉnh Ninh Bình", UnitKind.SECTOR, "CĐN", "school", 6),
    ("YT", "Công đoàn ngành Y tế tỉnh Ninh Bình", UnitKind.SECTOR, "CĐN", "health", 4),
    ("VC", "Công đoàn Viên chức tỉnh Ninh Bình", UnitKind.CIVIL_SERVANTS, "CĐVC", "agency", 4),
    ("CT", "Công đoàn ngành Công Thương tỉnh Ninh Bình", UnitKind.SECTOR, "CĐN", "dom", 3),
    ("HL", "Liên đoàn Lao động thành phố Hoa Lư", UnitKind.DISTRICT, "LĐLĐ", "mixed", 4),
    ("TD", "Liên đoàn Lao động thành phố Tam Điệp", UnitKind.DISTRICT, "LĐLĐ", "mixed", 3),
    ("XD", "Công đoàn ngành Xây dựng tỉnh Ninh Bình", UnitKind.SECTOR, "CĐN", "dom", 2),
    (
        "NN",
        "Công đoàn ngành Nông nghiệp và Môi trường tỉnh Ninh Bình",
        UnitKind.SECTOR,
        "CĐN",
        "coop",
        2,
    ),
    ("KS", "Liên đoàn Lao động huyện Kim Sơn", UnitKind.DISTRICT, "LĐLĐ", "mixed", 3),
)
_DIRECT = ("TT", 3)  # grassroots unions directly under the province (trực thuộc)

_COMMUNES = (
    "Ninh Hải",
    "Ninh Xuân",
    "Ninh Vân",
    "Ninh Giang",
    "Ninh Mỹ",
    "Trường Yên",
    "Gia Sinh",
    "Gia Tân",
    "Gia Hưng",
    "Gia Lạc",
    "Gia Phong",
    "Gia Trấn",
    "Khánh Nhạc",
    "Khánh Hòa",
    "Khánh Thành",
    "Yên Thắng",
    "Yên Mạc",
    "Yên Thái",
    "Yên Lâm",
    "Kim Đông",
    "Kim Trung",
    "Kim Tân",
    "Kim Mỹ",
    "Lai Thành",
    "Đồng Hướng",
    "Quang Sơn",
    "Yên Sơn",
    "Đông Sơn",
    "Thạch Bình",
    "Phú Sơn",
    "Quỳnh Lưu",
    "Cúc Phương",
    "Văn Phú",
    "Sơn Hà",
    "Ân Hòa",
    "Bích Đào",
    "Nam Thành",
    "Đông Thành",
    "Ninh Khánh",
    "Ninh Phúc",
    "Trung Sơn",
    "Tây Sơn",
)
_DISTRICTS = ("Hoa Lư", "Tam Điệp", "Gia Viễn", "Nho Quan", "Yên Khánh", "Yên Mô", "Kim Sơn")
_ZONES = ("KCN Gián Khẩu", "KCN Khánh Phú", "KCN Phúc Sơn", "KCN Tam Điệp", "KCN Khánh Cư")
_ORIGINS = (
    ("Hàn Quốc", 35),
    ("Trung Quốc", 18),
    ("Đài Loan (Trung Quốc)", 15),
    ("Nhật Bản", 15),
    ("Hồng Kông (Trung Quốc)", 6),
    ("Singapore", 6),
    ("Hoa Kỳ", 5),
)
_BRANDS = {
    "Hàn Quốc": (
        "Daewon",
        "Hansung",
        "Seojin",
        "Myungjin",
        "Sungwoo",
        "Hyowon",
        "Kyungil",
        "Jinhwa",
        "Woosan",
        "Yeonil",
        "Dongbang",
        "Hanil",
        "Sejong",
        "Youngsan",
    ),
    "Nhật Bản": (
        "Nishiki",
        "Takara",
        "Yamato",
        "Hokuto",
        "Kizuna",
        "Sakuragi",
        "Mizuho Tech",
        "Shinwa",
        "Toyokawa",
        "Aoba",
    ),
    "Trung Quốc": (
        "Hoa Lợi Đạt",
        "Vĩnh Hưng Thịnh",
        "Quảng Lợi",
        "Tường Long",
        "Kim Phát",
        "Thịnh Vượng",
        "Hằng Phong",
        "Đông Thuận",
    ),
    "Đài Loan (Trung Quốc)": (
        "Hoa Thịnh",
        "Phong Thái",
        "Đỉnh Kiệt",
        "Vĩ Sơn",
        "Nam Thành",
        "Lợi Hòa",
    ),
    "Hồng Kông (Trung Quốc)": ("Ever Glory", "Grand Ocean", "Fortune Bay"),
    "Singapore": ("Pacific Crest", "Lionstar", "Merlion Precision"),
    "Hoa Kỳ": ("Summit", "Bluegrass", "Crestline"),
}
# product, workforce range, sections
_FDI_PRODUCTS = (
    ("Giày", (1500, 12000), ("xưởng gò", "xưởng may mũ giày", "xưởng đế", "tổ hoàn thiện")),
    ("May mặc", (800, 6000), ("xưởng cắt", "chuyền may số 3", "tổ là, đóng gói", "bộ phận QC")),
    ("Điện tử", (500, 5000), ("xưởng SMT", "bộ phận lắp ráp", "bộ phận kiểm tra", "kho vật tư")),
    ("Linh kiện ô tô", (300, 2500), ("xưởng dập", "xưởng hàn", "dây chuyền sơn", "kho")),
    ("Túi xách", (600, 4000), ("xưởng cắt", "chuyền may", "tổ hoàn thiện")),
    ("Kính quang học", (300, 2000), ("xưởng mài", "bộ phận kiểm tra", "tổ đóng gói")),
    ("Dệt kim", (400, 2500), ("xưởng dệt", "xưởng nhuộm", "tổ kiểm hàng")),
    ("Bao bì", (150, 800), ("xưởng in", "xưởng cán màng", "kho thành phẩm")),
)
_FDI_WEIGHTS = (5, 5, 4, 2, 2, 1, 1, 1)  # footwear and garments first, then electronics
_HAN_VIET = (
    "Hoàng Long",
    "Thành Nam",
    "Trường An",
    "Phúc Lộc",
    "Tràng An",
    "Hoa Lư",
    "Vân Long",
    "Tam Cốc",
    "Đông Phương",
    "Minh Tiến",
    "Hưng Thịnh",
    "Thiên Trường",
    "An Phát",
    "Việt Hưng",
    "Sông Đáy",
    "Sông Vân",
    "Cúc Phương",
    "Thái Bình Dương",
    "Bắc Hà",
    "Hải Nam",
    "Phú Gia",
)
_DOM_PRODUCTS = (
    ("Xi măng", (300, 1500)),
    ("Vật liệu xây dựng", (60, 400)),
    ("Cơ khí", (80, 600)),
    ("Thương mại và Dịch vụ", (20, 200)),
    ("Vận tải", (40, 300)),
    ("May", (200, 1500)),
    ("Chế biến nông sản", (50, 500)),
    ("Du lịch", (30, 300)),
    ("Xây dựng", (80, 500)),
    ("Cấp thoát nước", (100, 300)),
    ("Môi trường đô thị", (100, 400)),
    ("Dược phẩm", (80, 400)),
)
_DOM_POOLS = {  # sector unions only hold enterprises of their sector
    "XD": (
        ("Xây dựng", (80, 500)),
        ("Vật liệu xây dựng", (60, 400)),
        ("Xi măng", (300, 1500)),
        ("Tư vấn xây dựng", (20, 120)),
    ),
    "CT": (
        ("Thương mại và Dịch vụ", (20, 200)),
        ("Cơ khí", (80, 600)),
        ("Xăng dầu", (60, 300)),
        ("May", (200, 1500)),
        ("Dược phẩm", (80, 400)),
    ),
    "NN": (
        ("Chế biến nông sản", (50, 500)),
        ("Giống cây trồng", (30, 150)),
        ("Khai thác công trình thủy lợi", (60, 250)),
    ),
}
_DOM_SECTIONS = ("phân xưởng sản xuất", "tổ vận hành", "phòng kinh doanh", "đội thi công")
_COOP_KINDS = (
    "Nông nghiệp",
    "Dịch vụ nông nghiệp",
    "Thêu ren",
    "Cói mỹ nghệ",
    "Chăn nuôi",
    "Thủy sản",
    "Mây tre đan",
    "Du lịch cộng đồng",
    "Vận tải",
)
_SCHOOL_LEVELS = ("Trường Mầm non", "Trường Tiểu học", "Trường THCS")
_THPT = (
    "Lương Văn Tụy",
    "Đinh Tiên Hoàng",
    "Trần Hưng Đạo",
    "Nguyễn Huệ",
    "Ninh Bình – Bạc Liêu",
    "Yên Khánh A",
    "Kim Sơn A",
    "Gia Viễn B",
    "Nho Quan A",
    "Yên Mô B",
)
_SCHOOL_SECTIONS = (
    "tổ Toán – Tin",
    "tổ Ngữ văn",
    "tổ văn phòng",
    "tổ chuyên môn khối 5",
    "tổ Khoa học tự nhiên",
)
_HEALTH = (
    "Bệnh viện Đa khoa tỉnh Ninh Bình",
    "Bệnh viện Sản – Nhi Ninh Bình",
    "Bệnh viện Y dược cổ truyền tỉnh",
    "Bệnh viện Phổi tỉnh",
    "Bệnh viện Tâm thần tỉnh",
    "Trung tâm Kiểm soát bệnh tật tỉnh",
    "Bệnh viện Mắt tỉnh",
)
_HEALTH_SECTIONS = (
    "khoa Hồi sức cấp cứu",
    "khoa Nội",
    "khoa Ngoại",
    "khoa Nhi",
    "khoa Khám bệnh",
    "phòng Điều dưỡng",
)
_AGENCIES = (
    "Sở Tài chính",
    "Sở Nội vụ",
    "Sở Xây dựng",
    "Sở Công Thương",
    "Sở Nông nghiệp và Môi trường",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Khoa học và Công nghệ",
    "Sở Tư pháp",
    "Văn phòng UBND tỉnh",
    "Thanh tra tỉnh",
    "Báo Ninh Bình",
    "Ban Quản lý các khu công nghiệp tỉnh",
    "Trường Chính trị tỉnh",
    "Trung tâm Phục vụ hành chính công tỉnh",
    "Văn phòng Đăng ký đất đai tỉnh",
    "Ban Quản lý Quần thể danh thắng Tràng An",
)
_AGENCY_SECTIONS = (
    "phòng Tổ chức – Hành chính",
    "phòng Kế hoạch – Tài chính",
    "phòng chuyên môn",
    "bộ phận một cửa",
)
_SURNAMES = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Vũ",
    "Đinh",
    "Bùi",
    "Đỗ",
    "Ngô",
    "Dương",
    "Lương",
    "Tạ",
    "Phan",
    "Mai",
    "Đặng",
)
_MIDDLES = (
    "Văn",
    "Thị",
    "Đức",
    "Minh",
    "Thu",
    "Ngọc",
    "Hữu",
    "Quang",
    "Thanh",
    "Kim",
    "Xuân",
    "Hồng",
    "Thị Thu",
    "Mạnh",
)
_GIVEN = (
    "Long",
    "Hương",
    "Hà",
    "Thủy",
    "Tuấn",
    "Hùng",
    "Lan",
    "Hạnh",
    "Dũng",
    "Nam",
    "Hoa",
    "Phương",
    "Trang",
    "Bình",
    "Quyết",
    "Thắng",
    "Yến",
    "Nga",
    "Hiền",
    "Sơn",
    "Cường",
    "Huyền",
    "Tâm",
    "Khánh",
)


def person(rng: random.Random) -> str:
    return f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLES)} {rng.choice(_GIVEN)}"


def _weighted_split(total: int, weights: list[int]) -> list[int]:
    """Split ``total`` in proportion to ``weights`` (largest remainder, deterministic)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(x) for x in raw]
    order = sorted(range(len(weights)), key=lambda i: (out[i] - raw[i], i))
    for i in order[: total - sum(out)]:
        out[i] += 1
    return out


def _workplace(rng: random.Random, category: str, parent_suffix: str) -> tuple[str, Workplace]:
    """Return (base name, workplace) for one grassroots unit of ``category``."""
    if category == "mixed":
        category = rng.choice(("dom", "dom", "school", "coop", "agency", "fdi"))
    if category == "fdi":
        origin = rng.choices([o for o, _ in _ORIGINS], [w for _, w in _ORIGINS])[0]
        brand = rng.choice(_BRANDS[origin])
        product, (lo, hi), sections = rng.choices(_FDI_PRODUCTS, _FDI_WEIGHTS)[0]
        if origin == "Hàn Quốc" and rng.random() < 0.4:
            name = f"Công ty TNHH {brand} Vina"
        else:
            name = f"Công ty TNHH {product} {brand} Việt Nam"
        place = f"{rng.choice(_ZONES)}, tỉnh Ninh Bình"
        wp = Workplace("fdi", name, Ownership.FOREIGN, origin, place, rng.randint(lo, hi), sections)
        return name, wp
    if category == "dom":
        pool = _DOM_POOLS.get(parent_suffix, _DOM_PRODUCTS)
        product, (lo, hi) = rng.choice(pool)
        form = rng.choice(("Công ty Cổ phần", "Công ty TNHH", "Công ty TNHH MTV"))
        name = f"{form} {product} {rng.choice(_HAN_VIET)}"
        own = Ownership.STATE if form.endswith("MTV") and rng.random() < 0.5 else Ownership.PRIVATE
        place = f"xã {rng.choice(_COMMUNES)}, tỉnh Ninh Bình"
        return name, Workplace("dom", name, own, "", place, rng.randint(lo, hi), _DOM_SECTIONS)
    if category == "coop":
        commune = rng.choice(_COMMUNES)
        name = f"Hợp tác xã {rng.choice(_COOP_KINDS)} {commune}"
        wp = Workplace(
            "coop",
            name,
            Ownership.COLLECTIVE,
            "",
            f"xã {commune}, tỉnh Ninh Bình",
            rng.randint(8, 60),
            ("tổ sản xuất", "tổ dịch vụ"),
        )
        return name, wp
    if category == "school":
        if rng.random() < 0.2:
            name = f"Trường THPT {rng.choice(_THPT)}"
            size = rng.randint(60, 120)
        else:
            name = f"{rng.choice(_SCHOOL_LEVELS)} {rng.choice(_COMMUNES)}"
            size = rng.randint(20, 60)
        return name, Workplace("school", name, Ownership.STATE, "", PLACE, size, _SCHOOL_SECTIONS)
    if category == "health":
        if rng.random() < 0.5:
            name = rng.choice(_HEALTH)
        else:
            name = f"Trung tâm Y tế khu vực {rng.choice(_DISTRICTS)}"
        return name, Workplace(
            "health", name, Ownership.STATE, "", PLACE, rng.randint(120, 900), _HEALTH_SECTIONS
        )
    name = rng.choice(_AGENCIES)
    return name, Workplace(
        "agency", name, Ownership.STATE, "", PLACE, rng.randint(15, 200), _AGENCY_SECTIONS
    )


def _unique(name: str, used: set[str], category: str) -> str:
    if name not in used:
        return name
    suffix = " – Nhà máy số {}" if category in ("fdi", "dom") else " – Cơ sở {}"
    k = 2
    while name + suffix.format(k) in used:
        k += 1
    return name + suffix.format(k)


def build_units(n_units: int, rng: random.Random) -> tuple[Unit, list[Unit], dict[str, Workplace]]:
    """The province, every unit below it (parents first) and their workplaces."""
    if n_units < 7:
        raise ValueError("n_units must be at least 7 (6 intermediate units and 1 grassroots)")
    province = Unit(PROVINCE_CODE, PROVINCE_NAME, UnitKind.PROVINCE, None, "LĐLĐ")
    n_inter = min(10, max(6, round(n_units / 6)))
    inters = _INTERMEDIATES[:n_inter]
    n_grass = n_units - n_inter
    groups = [(s, cat, w) for s, _, _, _, cat, w in inters]
    groups.append((_DIRECT[0], "mixed_direct", _DIRECT[1]))
    counts = _weighted_split(n_grass, [w for _, _, w in groups])

    units: list[Unit] = []
    places: dict[str, Workplace] = {
        PROVINCE_CODE: Workplace("province", PROVINCE_NAME, None, "", PLACE, 0, ())
    }
    for suffix, name, kind, symbol, cat, _ in inters:
        code = f"{PROVINCE_CODE}-{suffix}"
        units.append(Unit(code, name, kind, PROVINCE_CODE, symbol))
        places[code] = Workplace("mixed" if cat == "mixed" else cat, name, None, "", PLACE, 0, ())
    used: set[str] = set()
    for (suffix, cat, _), count in zip(groups, counts, strict=True):
        parent = PROVINCE_CODE if suffix == _DIRECT[0] else f"{PROVINCE_CODE}-{suffix}"
        width = max(3, len(str(count)))
        for i in range(1, count + 1):
            c = rng.choice(("fdi", "dom", "dom", "health")) if cat == "mixed_direct" else cat
            base, wp = _workplace(rng, c, suffix)
            for _ in range(6):  # prefer another invented name to numbering
                if base not in used:
                    break
                base, wp = _workplace(rng, c, suffix)
            name = _unique(base, used, wp.category)
            used.add(name)
            if name != base:
                wp = Workplace(
                    wp.category,
                    name,
                    wp.ownership,
                    wp.origin_country,
                    wp.place,
                    wp.workforce,
                    wp.sections,
                )
            code = f"{PROVINCE_CODE}-{suffix}-{i:0{width}d}"
            units.append(Unit(code, f"Công đoàn cơ sở {name}", UnitKind.GRASSROOTS, parent, "CĐCS"))
            places[code] = wp
    return province, units, places


def build_letterheads(
    province: Unit, units: list[Unit], rng: random.Random
) -> dict[str, Letterhead]:
    """Header and signature settings for every unit, in the Decree 30/2020 form."""
    names = {province.code: province.name, **{u.code: u.name for u in units}}
    tgnc = f"Ban Tuyên giáo – Nữ công {PROVINCE_NAME}"
    out = {
        province.code: Letterhead(
            parent_body="TỔNG LĐLĐ VIỆT NAM",
            issuing_body=province.name.upper(),
            symbol=province.symbol,
            place=PLACE,
            signing_authority="TM. BAN THƯỜNG VỤ",
            position="PHÓ CHỦ TỊCH THƯỜNG TRỰC",
            signer=person(rng),
            recipients=("Ban Tuyên giáo Tổng Liên đoàn Lao động Việt Nam",),
            distribution=(
                "Như kính gửi",
                "Ban Tuyên giáo và Dân vận Tỉnh ủy",
                "Thường trực LĐLĐ tỉnh",
                "Lưu: VT, TG-NC",
            ),
        )
    }
    for u in units:
        grass = u.kind is UnitKind.GRASSROOTS
        parent = u.parent_code or province.code
        if grass and parent != province.code:
            recipients: tuple[str, ...] = (f"Ban Thường vụ {names[parent]}",)
        else:
            recipients = (tgnc,)
        place = PLACE
        if u.kind is UnitKind.DISTRICT:
            place = u.name.rsplit(" ", 2)[-2] + " " + u.name.rsplit(" ", 2)[-1]
        out[u.code] = Letterhead(
            parent_body=names[parent].replace("Liên đoàn Lao động", "LĐLĐ").upper(),
            issuing_body=u.name.upper(),
            symbol=u.symbol,
            place=place,
            signing_authority="TM. BAN CHẤP HÀNH" if grass else "TM. BAN THƯỜNG VỤ",
            position=rng.choice(("CHỦ TỊCH", "CHỦ TỊCH", "PHÓ CHỦ TỊCH")),
            signer=person(rng),
            recipients=recipients,
            distribution=("Như kính gửi", "Lưu: VT"),
        )
    return out
