"""The Ray a study runs on: a quiet local Ray, or the cluster at RAY_ADDRESS, checked (address,
gRPC, token auth) within seconds instead of Ray's minutes of retries."""

from __future__ import annotations

import json
import logging
import os

from memstudy.errors import ConfigError

# Ray retries a wrong address for about 13 minutes; these make a cluster that does not answer as
# Ray fail within seconds (a user's own values win).
RAY_CONNECT_TIMEOUTS = {"RAY_gcs_server_port_wait_time_s": "1", "RAY_py_gcs_connect_timeout_s": "5",
                        "RAY_gcs_rpc_server_connect_timeout_s": "5"}


def _shown(address: str) -> str:
    """RAY_ADDRESS as messages show it: without user-info (ray://user:token@host, or user:token@host
    without a scheme) or secret query values."""
    from memstudy.storage import redact

    if "://" not in address and "@" in address:
        return "***@" + address.rsplit("@", 1)[-1]
    return redact(address)


def check_ray_address(address: str, timeout_s: float = 3.0):
    """ConfigError unless RAY_ADDRESS names something that answers: host:port (a cluster's head,
    port 6379 by default) or ray://host:port (Ray Client, port 10001); "auto" is left to Ray."""

    if address in ("auto", "local"):
        return
    if address.startswith(("http://", "https://")):
        raise ConfigError(f"RAY_ADDRESS={_shown(address)!r} is a Ray dashboard's address, for `ray job submit --address` "
                          "(a job's own RAY_ADDRESS is set by Ray); a study run from here needs the head's host:port "
                          "(e.g. 10.0.0.5:6379) or ray://host:10001 (Ray Client)")
    if "://" not in address and "@" in address:  # Ray takes no user-info in a head's address
        raise ConfigError(f"RAY_ADDRESS={_shown(address)!r}: a cluster head's address is host:port, without user-info; "
                          f"{TOKEN_HINT}")
    hostport = address.removeprefix("ray://").rsplit("@", 1)[-1]  # without user-info, which is never shown
    host, _, port = hostport.rpartition(":")
    if not host or not port.isdigit():
        raise ConfigError(f"RAY_ADDRESS={_shown(address)!r} is not host:port (a cluster's head, e.g. 10.0.0.5:6379), "
                          "ray://host:port (Ray Client) or auto")
    try:
        speaks = _speaks_grpc(host.strip("[]"), int(port), timeout_s)
    except OSError as err:
        raise ConfigError(f"RAY_ADDRESS={_shown(address)!r}: nothing answers at {host}:{port} ({err}); is the cluster "
                          "up (`ray status` on its head) and the port open from here?") from None
    if not speaks and os.environ.get("RAY_USE_TLS", "0") in ("0", ""):
        what = "Ray Client server (`ray start --head` runs one on port 10001)" if address.startswith("ray://") else \
            "Ray cluster's head (port 6379 by default)"
        raise ConfigError(f"RAY_ADDRESS={_shown(address)!r}: something answers at {host}:{port}, but not a {what}: it does "
                          "not speak gRPC")


def _speaks_grpc(host: str, port: int, timeout_s: float) -> bool:
    """Whether the server at host:port answers an HTTP/2 greeting as every gRPC server does (a Ray
    head, a Ray Client server): with its own SETTINGS frame, within `timeout_s`. Ray itself takes
    25-50 s to give up on a server that is not Ray's."""
    import socket

    with socket.create_connection((host, port), timeout=timeout_s) as conn:
        # The client connection preface and an empty SETTINGS frame (RFC 9113, 3.4 and 6.5).
        conn.sendall(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + b"\x00\x00\x00\x04\x00\x00\x00\x00\x00")
        reply = b""
        try:
            while len(reply) < 9:
                chunk = conn.recv(9 - len(reply))
                if not chunk:
                    break
                reply += chunk
        except TimeoutError:
            return False
    return len(reply) == 9 and reply[3] == 0x04


# Tune settings run_study makes in this process's environment (see there), for Tune's loop elsewhere.
TUNE_ENV = ("TUNE_DISABLE_AUTO_CALLBACK_LOGGERS", "TUNE_WARN_EXCESSIVE_EXPERIMENT_CHECKPOINT_SYNC_THRESHOLD_S",
            "TUNE_DISABLE_STRICT_METRIC_CHECKING")
TOKEN_HINT = ("give the head's token (`ray get-auth-token` on the head prints it) as RAY_AUTH_TOKEN, or in a file "
              "named by RAY_AUTH_TOKEN_PATH, with RAY_AUTH_MODE=token")


def _ray_client_settings():
    """Ray 2.60's clients send a token only with RAY_AUTH_MODE=token, even with RAY_AUTH_TOKEN(_PATH)
    set (only a local cluster found by itself turns it on): a given token turns it on here. Then
    Ray's cached settings re-read the environment (as Ray does when it turns token auth on), for
    that and for RAY_CONNECT_TIMEOUTS, set after `import ray`."""
    from ray._raylet import Config

    if "RAY_AUTH_MODE" not in os.environ and (os.environ.get("RAY_AUTH_TOKEN") or os.environ.get("RAY_AUTH_TOKEN_PATH")):
        os.environ["RAY_AUTH_MODE"] = "token"
    Config.initialize("")


def _check_ray_auth(address: str):
    """ConfigError at once when the cluster refuses this client's token, or is not a Ray head: Ray
    itself retries for 20-45 s and then says only "Failed to connect" (ray://: "connection timeout")."""
    if address.startswith("ray://"):
        import uuid

        import grpc
        from ray._private.grpc_utils import init_grpc_channel
        from ray.core.generated import ray_client_pb2, ray_client_pb2_grpc

        channel = init_grpc_channel(address.removeprefix("ray://"), options=[], asynchronous=False)
        try:
            ray_client_pb2_grpc.RayletDriverStub(channel).ClusterInfo(
                ray_client_pb2.ClusterInfoRequest(type=ray_client_pb2.ClusterInfoType.PING), timeout=10,
                metadata=[("client_id", uuid.uuid4().hex)])
        except grpc.RpcError as err:
            if err.code() == grpc.StatusCode.UNAUTHENTICATED:
                raise ConfigError(f"RAY_ADDRESS={_shown(address)!r}: the cluster refused this client's token "
                                  f"({err.details()}); {TOKEN_HINT}") from None
            # anything else: ray.init says what it says
        finally:
            channel.close()
        return
    from ray._raylet import GcsClient
    from ray.exceptions import AuthenticationError, RpcError

    try:
        GcsClient(address=address)
    except AuthenticationError as err:
        raise ConfigError(f"RAY_ADDRESS={_shown(address)!r}: the cluster refused this client's token ({err.message}); "
                          f"{TOKEN_HINT}") from None
    except RpcError as err:
        raise ConfigError(connection_failure(address, err)) from None


def connection_failure(address: str, err: Exception) -> str:
    """The message for a ConnectionError from ray.init(RAY_ADDRESS)."""
    text = str(err)
    if text.startswith("Initialization failure from server"):
        # A Ray Client server answered, but the session it starts for each driver did not start:
        # its traceback's last line says why, its log on the head the rest.
        reason = next((line.strip() for line in reversed(text.splitlines()) if line.strip()), text)
        return (f"RAY_ADDRESS={_shown(address)!r}: the cluster's Ray Client server could not start a session for this "
                f"driver ({reason}); its log is on the head node, in the Ray session's logs folder "
                "(ray_client_server_<port>.err). A head short of memory or CPU can cause this: run the study "
                "again, or submit it as a Ray job (ray job submit), which needs no Ray Client session")
    return f"RAY_ADDRESS={_shown(address)!r}: {text} (something answers there, but not a Ray cluster's head)"


def _in_ray_job() -> bool:
    """Whether this process is the driver of a job submitted with `ray job submit`."""
    try:
        config = json.loads(os.environ.get("RAY_JOB_CONFIG_JSON_ENV_VAR") or "{}")
    except ValueError:
        return False
    return bool((config.get("metadata") or {}).get("job_submission_id"))


def init_ray(num_gpus: float | None) -> bool:
    """Start Ray as a study does: a quiet local Ray (declaring `num_gpus` when given), or the cluster
    at RAY_ADDRESS. False when Ray was already running, so the caller leaves it running."""
    import ray

    if ray.is_initialized():
        return False
    quiet = dict(logging_level=logging.WARNING, log_to_driver=False)
    address = os.environ.get("RAY_ADDRESS")
    if address:
        # An existing cluster, as Ray users expect (token auth: RAY_AUTH_TOKEN or RAY_AUTH_TOKEN_PATH).
        check_ray_address(address)
        for key, value in RAY_CONNECT_TIMEOUTS.items():
            os.environ.setdefault(key, value)
        _ray_client_settings()
        _check_ray_auth(address)
        if address.startswith("ray://"):
            # Ray Client runs Tune's experiment loop in an actor on the head: it sees the job's
            # runtime_env, not this process's environment, and its progress lines reach this
            # terminal only with log_to_driver.
            quiet.update(log_to_driver=True, logging_config=ray.LoggingConfig(log_level="WARNING"),
                         runtime_env={"env_vars": {k: os.environ[k] for k in TUNE_ENV if k in os.environ}})
        try:
            ray.init(**quiet)
        except ConnectionError as err:
            raise ConfigError(connection_failure(address, err)) from None
        return True
    # Ray's own temp folder (not the study folder): its Unix sockets need a path under ~107 bytes.
    local = dict(address="local", include_dashboard=False, **quiet)
    if num_gpus is not None:
        local["num_gpus"] = num_gpus
    ray.init(**local)
    return True


def ray_logs_dir() -> str | None:
    """Where this Ray session keeps its logs (they stay there: they can hold the trials'
    environment, credentials included, so they are never copied into a study)."""
    try:
        import ray

        return ray._private.worker._global_node.get_logs_dir_path()
    except AttributeError:
        return None
