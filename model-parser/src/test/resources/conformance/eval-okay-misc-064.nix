!false == true
