"""The one error of written instructions."""


class InstructionError(ValueError):
    """An instruction that cannot be read, or does not fit the text; names the paragraph and the words."""
