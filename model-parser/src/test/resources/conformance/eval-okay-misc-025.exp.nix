"XaXbXcX"
