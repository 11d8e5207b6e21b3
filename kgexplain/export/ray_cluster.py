"""Connecting the Ray export engine to a cluster: addresses, a local cluster kept on 127.0.0.1,
and the size of the actor pool. Nothing here imports Ray before it is called.

Addresses (``address=`` / ``--address``): ``None``, the cluster of ``RAY_ADDRESS`` when that is
set, else a new single-node cluster on this machine with ``os.cpu_count()`` CPUs, bound to
127.0.0.1 only and without dashboard; ``"auto"``, the cluster started on this machine with ``ray
start --head`` (or joined with ``ray start --address``); ``"HOST:PORT"``, a head node's GCS
address (port 6379 by default); ``"ray://HOST:PORT"``, Ray Client (port 10001 by default). A
malformed address is a :class:`~kgexplain.errors.ConfigError` before anything is contacted; an
unreachable cluster a :class:`~kgexplain.errors.RayClusterError`. Usage statistics are off
(``RAY_USAGE_STATS_ENABLED=0`` unless set).
"""

from __future__ import annotations

import logging
import math
import os
import re
import sys
from typing import Any
from urllib.parse import urlsplit

from kgexplain.errors import ConfigError, InvalidArgumentError, RayClusterError, short_repr

logger = logging.getLogger(__name__)

__all__ = ["parse_address", "init_ray", "import_ray", "actor_plan"]

_HOST = re.compile(r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_])?)$")
_CPU_SHARE = 0.9  # the share of the cluster's CPUs the pool asks for: room for other tasks

_ADDRESS_HELP = ("use None (a local cluster), 'auto' (the cluster started on this machine with "
                 "`ray start --head`), 'HOST:PORT' (a head node's GCS address, port 6379 by "
                 "default) or 'ray://HOST:PORT' (Ray Client, port 10001 by default)")


def parse_address(address: str | None) -> str | None:
    """Check a Ray address and return it in the form ``ray.init`` takes; nothing is contacted.

    >>> parse_address(None), parse_address("auto"), parse_address(" ray://head-1:10001 ")
    (None, 'auto', 'ray://head-1:10001')
    >>> parse_address("10.0.0.5:6379")
    '10.0.0.5:6379'
    >>> parse_address("ray://head")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kgexplain.errors.ConfigError: Ray address 'ray://head' has no port: write it as ray://HOST:PORT, e.g. ray://head:10001 (Ray Client's default port); ...
    """
    if address is None:
        return None
    if not isinstance(address, str):
        raise InvalidArgumentError(f"address must be a string or None, got "
                                   f"{type(address).__name__} {short_repr(address)}; {_ADDRESS_HELP}")
    text = address.strip()
    if text == "auto":
        return text
    scheme, rest = text.split("://", 1) if "://" in text else ("", text)
    form = "ray://HOST:PORT" if scheme else "HOST:PORT"
    example = "ray://head:10001 (Ray Client's default port)" if scheme else "head:6379 (the GCS port)"

    def bad(problem: str) -> ConfigError:
        return ConfigError(f"Ray address {short_repr(address)} {problem}: write it as {form}, e.g. "
                           f"{example}; {_ADDRESS_HELP}")

    if scheme and scheme != "ray":
        raise ConfigError(f"Ray address {short_repr(address)} has the scheme {scheme!r}; {_ADDRESS_HELP}")
    if not rest or any(c in rest for c in "/?#@ \t"):
        raise bad("is not of the form HOST:PORT")
    try:
        parts = urlsplit("//" + rest)
        host, port = parts.hostname, parts.port
    except ValueError:
        raise bad("has a port that is not a number from 1 to 65535") from None
    netloc_host = parts.netloc.rsplit(":", 1)[0] if port is not None else parts.netloc
    if not host or not _HOST.match(netloc_host):
        raise bad("has no valid host name")
    if port is None:
        raise bad("has no port")
    if port == 0:
        raise bad("has port 0")
    host_text = f"[{host}]" if ":" in host else host
    return f"{scheme + '://' if scheme else ''}{host_text}:{port}"


def init_ray(address: str | None = None, num_cpus: int | None = None) -> bool:
    """Connect to the Ray cluster at ``address`` or start a local one (see the module docs).

    Sets ``RAY_USAGE_STATS_ENABLED=0`` unless it is set, and for a local cluster binds it to
    127.0.0.1 (``RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0``, which Ray reads when it is first
    imported). Returns ``True`` when this call connected (the caller then shuts Ray down),
    ``False`` when Ray was already initialized in this process (that connection is used as is).

    Raises:
        ConfigError: a malformed address, or ``num_cpus`` given with a remote cluster.
        RayClusterError: the cluster cannot be reached.
        ImportError: Ray is not installed (``pip install "kgexplain[ray]"``).
    """
    target = parse_address(address)
    if target is None and os.environ.get("RAY_ADDRESS", "").strip():
        target = parse_address(os.environ["RAY_ADDRESS"])
    if num_cpus is not None and target is not None:
        raise ConfigError("num_cpus sizes a local cluster only; a cluster at an address has its own "
                          "CPUs (set them with `ray start --num-cpus N`)")
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    # Ray reads this when it is first imported: a Ray imported earlier binds the machine's address
    late = "ray" in sys.modules and "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER" not in os.environ
    if target is None:
        os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    ray = import_ray()
    if ray.is_initialized():
        return False
    if target is None and late:
        logger.warning("ray was imported before kgexplain started its local cluster, so the cluster "
                       "binds this machine's network address, not 127.0.0.1 only; to keep it local, "
                       "set RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0 before importing ray")
    try:
        if target is None:
            ray.init(num_cpus=num_cpus or os.cpu_count() or 1, include_dashboard=False,
                     logging_level=logging.WARNING)
        else:
            ray.init(address=target, logging_level=logging.WARNING)
    except ConnectionError as exc:
        raise RayClusterError(
            f"cannot reach the Ray cluster at {target!r} ({exc}); start it with `ray start --head` "
            "on the head node (and `ray start --address HEAD:6379` on the others), check the "
            "address, or leave the address out to run on a local cluster") from None
    return True


def import_ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise ImportError(f"the Ray engine needs Ray ({exc}); install it with "
                          "pip install \"kgexplain[ray]\"") from None
    return ray


def actor_plan(cluster_cpus: float, num_actors: int | None = None) -> tuple[int, float]:
    """How many actors, and the CPUs each asks Ray for.

    One actor per whole CPU of the cluster unless ``num_actors`` says otherwise; together they
    ask for at most 90 % of the cluster's CPUs and each for at most one. Whole-CPU actors that
    take every CPU leave none for any other task (a Ray Data read, a caller's own task), which
    then waits forever; and ``num_actors`` above the CPU count could never all be placed.

    >>> actor_plan(2.0), actor_plan(2.0, 1), actor_plan(2.0, 4), actor_plan(64.0)
    ((2, 0.9), (1, 1.0), (4, 0.45), (64, 0.9))
    """
    if not cluster_cpus or cluster_cpus <= 0:
        raise RayClusterError("the Ray cluster has no CPUs; start its nodes with `ray start "
                              "--num-cpus N`")
    if num_actors is None:
        num_actors = max(1, int(cluster_cpus))
    elif isinstance(num_actors, bool) or not isinstance(num_actors, int) or num_actors < 1:
        raise ConfigError(f"num_actors must be an int >= 1 or None, got {short_repr(num_actors)}")
    share = min(1.0, cluster_cpus * _CPU_SHARE / num_actors)
    return num_actors, max(0.0001, math.floor(share * 10_000) / 10_000)  # Ray's granularity
