"""memstudy: does the loss function decide whether a deep network memorises corrupted labels?"""

__version__ = "0.1.0"
