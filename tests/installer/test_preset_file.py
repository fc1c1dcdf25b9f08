"""`python -m installer.build` writes IT's options as the preset the app reads, or refuses them."""

import pytest

from app import preset
from installer import build


def options(*argv: str):
    return build._parser().parse_args(list(argv))


def test_build_options_become_the_apps_preset(tmp_path):
    (tmp_path / "it-ca.pem").write_text("-----BEGIN CERTIFICATE-----\n")
    bundle = tmp_path / "outpost"
    bundle.mkdir()
    args = options(
        "--server-url", "https://crm.example.com", "--organisation", 'Example "Trading" 贸易',
        "--ca-certificate", str(tmp_path / "it-ca.pem"), "--language", "zh_CN",
        "--sync-interval", "300", "--allow-server-change",
    )  # fmt: skip
    path = build.write_preset(bundle, build.preset_values(args), args.ca_certificate)
    assert preset.load([path]) == preset.Preset(
        server_url="https://crm.example.com",
        organisation='Example "Trading" 贸易',
        ca_certificate=(bundle / "it-ca.pem").resolve(),
        language="zh_CN",
        sync_interval=300,
        lock_server=False,
        sources=(path,),
    )


def test_a_bad_option_fails_the_build(tmp_path):
    with pytest.raises(SystemExit, match="not an http:// or https:// address"):
        build.write_preset(tmp_path, build.preset_values(options("--server-url", "crm")), None)


def test_no_options_no_preset():
    assert build.preset_values(options()) == {}
