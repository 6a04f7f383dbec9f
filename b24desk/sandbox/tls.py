"""HTTPS for the sandbox: a local certificate authority and a server certificate signed by it.

Made on first use with `cryptography` and kept in a folder the caller names (the CLI uses the app's
data folder): `ca.pem` (the CA's certificate: give it to a client, `b24desk call --ca-file`),
`ca-key.pem`, `server.pem` and `server-key.pem` (keys readable by the owner only). Later runs reuse
them while the server certificate covers the host asked for and has more than a day to live; the CA
stays the same, so a client that trusts it once keeps trusting the sandbox.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_DAYS = 3650
SERVER_DAYS = 825  # the longest a TLS server certificate may live for clients that check it
_NAME = "b24desk sandbox"


@dataclass(frozen=True, slots=True)
class TlsFiles:
    """Where the CA certificate and the server's certificate and key are."""

    ca_certificate: Path
    certificate: Path
    private_key: Path


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _key_bytes(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _make_ca(folder: Path) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{_NAME} local CA")])
    start = _now() - dt.timedelta(minutes=5)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=CA_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    _write_private(folder / "ca-key.pem", _key_bytes(key))
    (folder / "ca.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return certificate, key


def _load_ca(folder: Path) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey] | None:
    try:
        certificate = x509.load_pem_x509_certificate((folder / "ca.pem").read_bytes())
        key = serialization.load_pem_private_key((folder / "ca-key.pem").read_bytes(), password=None)
    except (OSError, ValueError):
        return None
    if not isinstance(key, ec.EllipticCurvePrivateKey) or certificate.not_valid_after_utc < _now() + dt.timedelta(
        days=1
    ):
        return None
    return certificate, key


def _names(hosts: tuple[str, ...]) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = []
    for host in dict.fromkeys(("localhost", "127.0.0.1", "::1", *hosts)):
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    return names


def _covers(path: Path, ca: x509.Certificate, hosts: tuple[str, ...]) -> bool:
    try:
        certificate = x509.load_pem_x509_certificate(path.read_bytes())
    except (OSError, ValueError):
        return False
    if certificate.issuer != ca.subject or certificate.not_valid_after_utc < _now() + dt.timedelta(days=1):
        return False
    try:
        present = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return False
    return all(name in present for name in _names(hosts))


def _make_server(
    folder: Path, ca: x509.Certificate, ca_key: ec.EllipticCurvePrivateKey, hosts: tuple[str, ...]
) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    start = _now() - dt.timedelta(minutes=5)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, _NAME)]))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=SERVER_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectAlternativeName(_names(hosts)), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    _write_private(folder / "server-key.pem", _key_bytes(key))
    (folder / "server.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))


def ensure_certificate(folder: Path, hosts: tuple[str, ...] = ()) -> TlsFiles:
    """The CA and a server certificate for `hosts` (and localhost) in `folder`, made when missing or stale."""
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        folder.chmod(0o700)
    loaded = _load_ca(folder)
    ca, ca_key = loaded if loaded is not None else _make_ca(folder)
    if loaded is None or not _covers(folder / "server.pem", ca, hosts):
        _make_server(folder, ca, ca_key, hosts)
    return TlsFiles(folder / "ca.pem", folder / "server.pem", folder / "server-key.pem")
