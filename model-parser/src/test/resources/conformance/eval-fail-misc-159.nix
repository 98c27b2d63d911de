with {}; x
