"""The shared core every area stands on: the database handle, base model, workflows and
their audit log, settings, errors, who is acting, where files live, the figures registry.
"""
