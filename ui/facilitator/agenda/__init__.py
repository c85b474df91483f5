"""Running the action agenda: kinds, actions, proposals, sign-ups, dot votes, exports."""
